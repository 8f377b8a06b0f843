package nl.alliantie.conferences.registrations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.conferences.editions.DayBlock;
import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarFile;

/**
 * The calendar file (.ics, RFC 5545) of a day: the one a visitor downloads from the day's page and
 * the one attached to the confirmation, written by the one {@link CalendarFile} of the site. Its UID stays the same for the day, so a calendar that
 * imports it again updates the event instead of adding a second one; its SEQUENCE is the day's
 * {@code sequence}, raised each time the date, the times or the place change (and the registrants
 * get the new file).
 */
@Component
public class CalendarFiles {

	/** How long a built file is reused for registrations of the same day (same sequence). */
	static final long REUSE_NANOS = 10_000_000_000L;

	/** What a calendar shows of a day; when any of it changes, the registrants get a new file. */
	public record Facts(LocalDate date, LocalTime start, LocalTime end, String town, String venue, String address) {
	}

	private record Built(int sequence, String ics, long at) {
	}

	private final CalendarFile files;

	private final EditionViews editionViews;

	private final Map<Long, Built> built = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	CalendarFiles(CalendarFile files, EditionViews editionViews, JdbcClient jdbc) {
		this.files = files;
		this.editionViews = editionViews;
		this.jdbc = jdbc;
	}

	public static String uid(long dayId) {
		return "alliantiedag-" + dayId + "@alliantie";
	}

	/** The file name of a day's calendar file, the same for the download and the attachment. */
	public static String filename(int year, int number) {
		return "alliantiedag-" + year + "-" + number + ".ics";
	}

	public static Facts facts(DayView view) {
		LocalTime start = view.blocks().stream().map(DayBlock::startsAt).min(Comparator.naturalOrder()).orElse(LocalTime.of(10, 0));
		LocalTime end = view.blocks().stream().map(DayBlock::endsAt).max(Comparator.naturalOrder()).orElse(LocalTime.of(16, 0));
		var day = view.day();
		return new Facts(day.date(), start, end, day.town(), day.venue(), day.address());
	}

	/**
	 * The file of a day at {@code sequence}, for a mail: reused for a few seconds while the
	 * sequence is unchanged, so a rush of registrations does not rebuild it for every one.
	 */
	public String ofDay(long dayId, int sequence) {
		Built cached = built.get(dayId);
		if (cached != null && cached.sequence() == sequence && System.nanoTime() - cached.at() < REUSE_NANOS) {
			return cached.ics();
		}
		Optional<CalendarEntry> occasion = occasion(dayId);
		if (occasion.isPresent()) {
			// never kept: an occasion's file also says whether it was cancelled
			return files.single("Bijeenkomsten", occasion.get());
		}
		DayView view = editionViews.day(dayId).orElseThrow();
		String ics = of(view);
		built.put(dayId, new Built(view.day().sequence(), ics, System.nanoTime()));
		return ics;
	}

	/**
	 * An occasion (a day row without an edition, docs/adr/0031) as its owner gave it: its calendar
	 * UID, title, times and page, {@link CalendarEntry.Kind#EVENT}, cancelled once it was.
	 */
	Optional<CalendarEntry> occasion(long dayId) {
		return jdbc.sql("""
				select calendar_uid, sequence, date, starts_at, ends_at, title, venue, address, town, path, region,
				       cancelled_at is not null
				from conferences_day where id = :id and edition_id is null
				""")
			.param("id", dayId)
			.query((rs, n) -> new CalendarEntry(rs.getString(1), rs.getInt(2), CalendarEntry.Kind.EVENT,
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class),
					rs.getString(6), String.join(", ", rs.getString(7), rs.getString(8), rs.getString(9)), "",
					rs.getString(10), rs.getString(11), rs.getBoolean(12)))
			.optional();
	}

	public String of(DayView view) {
		return files.single("Alliantiedagen", entry(view));
	}

	/** The day as a calendar shows it, in its file and in the site's one calendar. */
	public static CalendarEntry entry(DayView view) {
		Facts facts = facts(view);
		var day = view.day();
		return entry(day.id(), day.sequence(), view.edition().year(), view.edition().theme(), view.edition().title(),
				facts, day.region(), day.path());
	}

	static CalendarEntry entry(long dayId, int sequence, int year, String theme, String title, Facts facts,
			String region, String path) {
		return new CalendarEntry(uid(dayId), sequence, CalendarEntry.Kind.ALLIANTIEDAG, facts.date(), facts.start(),
				facts.end(), "Alliantiedag " + year + " " + facts.town() + ": " + theme,
				facts.venue() + ", " + facts.address() + ", " + facts.town(), title, path, region, false);
	}
}
