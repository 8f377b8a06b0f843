package nl.alliantie.lobby.campaigns;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Reading what the secretariat typed into a lobby form: every mistake rejected on its field in plain words. */
public final class Fields {

	private Fields() {
	}

	/** A year of four digits, 2000–2100. */
	public static @Nullable Integer year(String typed, String field, BindingResult result) {
		try {
			int year = Integer.parseInt(typed == null ? "" : typed.strip());
			if (year >= 2000 && year <= 2100) {
				return year;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		result.rejectValue(field, "lobby.campaign.year.invalid");
		return null;
	}

	/** A number from 1 to 999. */
	public static @Nullable Integer number(String typed, String field, BindingResult result) {
		try {
			int number = Integer.parseInt(typed == null ? "" : typed.strip());
			if (number > 0 && number < 1000) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		result.rejectValue(field, "lobby.proposal.number.invalid");
		return null;
	}

	/** A date as the browser's date field sends it; empty is {@code null} unless {@code required}. */
	public static @Nullable LocalDate date(String typed, boolean required, String field, BindingResult result) {
		if (!required && (typed == null || typed.isBlank())) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(typed == null ? "" : typed.strip());
			if (date.getYear() >= 2000 && date.getYear() <= 2100) {
				return date;
			}
		}
		catch (DateTimeParseException e) {
			// reported below
		}
		result.rejectValue(field, "lobby.date.invalid");
		return null;
	}

	/** One of the names of {@code type}. */
	public static <E extends Enum<E>> @Nullable E choice(Class<E> type, String typed, String field, BindingResult result) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(typed)) {
				return value;
			}
		}
		result.rejectValue(field, "lobby.choice.invalid");
		return null;
	}

	/** An http(s) address or nothing ({@code null}). */
	public static @Nullable String link(String typed, String field, BindingResult result) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String link = typed.strip();
		try {
			URI uri = new URI(link);
			if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && link.length() <= 500) {
				return link;
			}
		}
		catch (java.net.URISyntaxException e) {
			// reported below
		}
		result.rejectValue(field, "lobby.link.invalid");
		return null;
	}

	public static String text(String typed) {
		return typed == null ? "" : typed.strip();
	}
}
