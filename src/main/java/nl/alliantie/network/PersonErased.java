package nl.alliantie.network;

import org.jspecify.annotations.Nullable;

import nl.alliantie.shared.events.ForgetOnceHeard;

/**
 * The personal fields of a person were anonymised on request; the counts stay. Every module that
 * holds personal data hears it and erases or anonymises its own.
 *
 * <p>{@code email} is the address the person had (null if none): the other modules keep people by
 * address, not by register id (a registration, an invitation, a reporter), so they need it to find
 * theirs. Because it is the very data being erased, the event is {@link ForgetOnceHeard}: its
 * publications leave the registry as soon as every listener completed (within a minute), rather
 * than staying there in clear text for the days other events are kept.
 */
public record PersonErased(PersonId person, @Nullable String email) implements ForgetOnceHeard {

	/** Erased without an address to look for (the register had none). */
	public PersonErased(PersonId person) {
		this(person, null);
	}

	/** Whether the person had an address the other modules may hold. */
	public boolean hasEmail() {
		return email != null && !email.isBlank();
	}
}
