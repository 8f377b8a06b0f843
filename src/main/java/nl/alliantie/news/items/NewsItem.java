package nl.alliantie.news.items;

import java.time.Instant;
import java.time.LocalDate;

import nl.alliantie.shared.time.DutchTime;
import org.jspecify.annotations.Nullable;

/** A news item as the secretariat keeps it; the picture's bytes are read only when it is served. */
public record NewsItem(long id, String title, String lead, String body, Status status, @Nullable Instant publishedAt,
		boolean hasImage, String imageAlt, Integer imageWidth, Integer imageHeight, Instant updatedAt) {

	/** Where an item is: written but not shown, or public. */
	public enum Status {
		DRAFT, PUBLISHED
	}

	public boolean published() {
		return status == Status.PUBLISHED;
	}

	public @Nullable LocalDate publishedOn() {
		return publishedAt == null ? null : publishedAt.atZone(DutchTime.ZONE).toLocalDate();
	}

	/** The publication date as people write it: "7 december 2026". */
	public String publishedText(java.util.Locale locale) {
		LocalDate on = publishedOn();
		return on == null ? "" : on.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
	}

	public String path() {
		return "/nieuws/" + id;
	}

	public String imagePath() {
		return "/nieuws/" + id + "/beeld?v=" + updatedAt.toEpochMilli();
	}
}
