package nl.alliantie.shared.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's figures of a year for the work program and the year report: each module that counts
 * something the alliance reports on contributes a bean, read live (never typed twice), with one
 * query per source (docs/adr/0030).
 */
public interface YearFigureSource {

	/** The figures of {@code year}; what is "done" counts up to {@code today}. */
	List<YearFigure> of(int year, LocalDate today);
}
