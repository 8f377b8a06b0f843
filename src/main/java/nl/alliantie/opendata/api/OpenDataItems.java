package nl.alliantie.opendata.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the API gives, field by field, as {@code /api/v1/openapi.json} describes it (the
 * {@code OpenApiTest} holds the two together). Every field is always present, {@code null} when
 * there is nothing; dates are ISO 8601 text, moments with their offset; {@code url} is the page on
 * the site.
 */
final class OpenDataItems {

	private OpenDataItems() {
	}

	/** One page of a list; {@code next} is the cursor of the next page, {@code null} on the last. */
	record Page<T>(List<T> items, @Nullable String next) {
	}

	record Problem(String error) {
	}

	record Organisation(long id, String name, String type, String municipality, String province, String region,
			String status, @Nullable String memberSince, String website, List<String> themes, String activities, String url) {
	}

	record Municipality(String name, String province, String region, @Nullable Agenda agenda, @Nullable Letter letter, String url) {
	}

	/** The municipality's newest local social agenda. */
	record Agenda(int year, String state, int steps, int stepsReached, String url) {
	}

	/** The newest council letter that reached the municipality, and what the council did with it. */
	record Letter(int year, @Nullable String sentOn, String response, @Nullable String respondedOn, String url) {
	}

	record Consultation(long id, String region, @Nullable String startsAt, @Nullable String endsAt, String venue, String status,
			boolean minutesPublished, String url) {
	}

	record Edition(int year, String theme, String title, String description, List<Day> days, List<Partner> partners,
			String url) {
	}

	record Day(int number, @Nullable String date, String town, String venue, String region, int capacity, int registered,
			String url) {
	}

	record Partner(String name, boolean funder, String contribution) {
	}

	record Event(long id, String kind, String title, @Nullable String startsAt, @Nullable String endsAt, String venue,
			String town, @Nullable String region, int capacity, int registered, @Nullable String registrationCloses,
			boolean cancelled, String url) {
	}

	record Signal(long id, String title, String story, String municipality, String province, String region,
			@Nullable String seenOn, List<String> themes, String status, String url) {
	}

	record Document(long id, String kind, int year, String theme, String title, String description, String fileType,
			Integer fileSize, @Nullable String fileUrl, String url) {
	}
}
