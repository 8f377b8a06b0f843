package nl.alliantie.shared.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A module's figures of a year for the work program, the year report and the home page: each module
 * that counts something the alliance reports on contributes a bean, never typed twice, with one
 * query per source (docs/adr/0030). The figures are kept until a table they are read from changes
 * (docs/adr/0037): {@link #changedOn()} names the channels its tables notify.
 */
public interface YearFigureSource {

	/** The figures of {@code year}; what is "done" counts up to {@code today}. */
	List<YearFigure> of(int year, LocalDate today);

	/**
	 * The notification channels of the tables these figures are read from (a statement trigger with
	 * {@code shared_notify_changed('<channel>')} on each). Empty: the figures cannot be kept, and
	 * every year's figures are read on every request.
	 */
	default Set<String> changedOn() {
		return Set.of();
	}
}
