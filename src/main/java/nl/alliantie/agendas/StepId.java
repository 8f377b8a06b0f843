package nl.alliantie.agendas;

/** A step of a local social agenda, owned by one party. */
public record StepId(long value) {
}
