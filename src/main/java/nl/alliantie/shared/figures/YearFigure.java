package nl.alliantie.shared.figures;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a year as its module counts it: {@code count} done (letters sent, days held), and
 * {@code of} what was planned, when the figure has a plan ({@code null} otherwise).
 */
public record YearFigure(Kind kind, int count, @Nullable Integer of) {

	/** The figures of a year that the work program and the year report show. */
	public enum Kind {
		ORGANISATIONS, SIGNALS, AGENDAS, STEPS_REACHED, REGISTRATIONS, LETTERS_SENT, LETTER_RESPONSES,
		NEWSLETTER_ISSUES, REGIONAL_CONSULTATIONS, ALLIANTIEDAGEN_DAYS, STATE_SECRETARY_CONSULTATIONS
	}

	public static YearFigure of(Kind kind, int count) {
		return new YearFigure(kind, count, null);
	}

	public static YearFigure of(Kind kind, int count, int planned) {
		return new YearFigure(kind, count, planned);
	}
}
