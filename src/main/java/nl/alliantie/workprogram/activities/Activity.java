package nl.alliantie.workprogram.activities;

import org.jspecify.annotations.Nullable;

/** One activity of a year's work program; {@code source} is {@code null} when the platform does not carry it. */
public record Activity(long id, int year, String title, String description, String carrier, String period,
		ActivityState state, @Nullable ProgressSource source) {

	public String adminHref() {
		return "/beheer/werkprogramma/activiteit/" + id;
	}
}
