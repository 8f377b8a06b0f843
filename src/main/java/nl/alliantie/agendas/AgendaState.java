package nl.alliantie.agendas;

/** Where an agenda is in its year: written (concept), agreed (vastgesteld), checked at year end (afgesloten). */
public enum AgendaState {
	CONCEPT, VASTGESTELD, AFGESLOTEN
}
