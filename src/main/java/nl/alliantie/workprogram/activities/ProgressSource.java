package nl.alliantie.workprogram.activities;

import nl.alliantie.shared.figures.YearFigure;

/** The module that carries an activity, whose figure of the year is the activity's progress. */
public enum ProgressSource {

	COUNCIL_LETTERS(YearFigure.Kind.LETTERS_SENT), NEWSLETTER_ISSUES(YearFigure.Kind.NEWSLETTER_ISSUES),
	REGIONAL_CONSULTATIONS(YearFigure.Kind.REGIONAL_CONSULTATIONS),
	ALLIANTIEDAGEN_DAYS(YearFigure.Kind.ALLIANTIEDAGEN_DAYS),
	STATE_SECRETARY_CONSULTATIONS(YearFigure.Kind.STATE_SECRETARY_CONSULTATIONS);

	private final YearFigure.Kind figure;

	ProgressSource(YearFigure.Kind figure) {
		this.figure = figure;
	}

	public YearFigure.Kind figure() {
		return figure;
	}
}
