package nl.alliantie.agendas;

/** A local social agenda: one municipality, one year. */
public record AgendaId(long value) {
}
