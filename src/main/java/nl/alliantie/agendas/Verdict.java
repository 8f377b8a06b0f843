package nl.alliantie.agendas;

/** The year-end verdict on a step. {@link #NIET_BEOORDEELD} only the secretariat gives. */
public enum Verdict {
	BEHAALD, DEELS_BEHAALD, NIET_BEHAALD, NIET_BEOORDEELD;

	/** A step with this verdict goes on into next year's agenda. */
	public boolean carriesOn() {
		return this == DEELS_BEHAALD || this == NIET_BEHAALD;
	}
}
