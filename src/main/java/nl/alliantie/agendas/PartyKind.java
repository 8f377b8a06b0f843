package nl.alliantie.agendas;

/** The kind of a party to an agenda. */
public enum PartyKind {
	GEMEENTE, MAATSCHAPPELIJK, BEDRIJF, BASISGROEP
}
