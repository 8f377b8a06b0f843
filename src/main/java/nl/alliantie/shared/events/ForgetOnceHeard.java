package nl.alliantie.shared.events;

/**
 * An event that carries personal data its listeners need (an erased person's address): its
 * publications are deleted from the registry as soon as every listener completed, at the next
 * round of {@link EventRedelivery}, instead of being kept for inspection like other events.
 */
public interface ForgetOnceHeard {
}
