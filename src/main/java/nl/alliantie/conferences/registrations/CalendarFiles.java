package nl.alliantie.conferences.registrations;

import java.time.Clock;
import nl.alliantie.shared.time.DutchTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

import nl.alliantie.conferences.editions.DayBlock;
import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.text.CalendarLines;

/**
 * The calendar file (.ics, RFC 5545) of a day: the one a visitor downloads from the day's page and
 * the one attached to the confirmation. Its UID stays the same for the day, so a calendar that
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

	private final AlliantieProperties properties;

	private final EditionViews editionViews;

	private final Map<Long, Built> built = new ConcurrentHashMap<>();

	private final Clock clock;

	CalendarFiles(AlliantieProperties properties, EditionViews editionViews, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.editionViews = editionViews;
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
		DayView view = editionViews.day(dayId).orElseThrow();
		String ics = of(view);
		built.put(dayId, new Built(view.day().sequence(), ics, System.nanoTime()));
		return ics;
	}

	public String of(DayView view) {
		Facts facts = facts(view);
		var day = view.day();
		String summary = "Alliantiedag " + view.edition().year() + " " + day.town() + ": " + view.edition().theme();
		VEvent event = new VEvent(facts.date().atTime(facts.start()).atZone(DutchTime.ZONE).toInstant(),
				facts.date().atTime(facts.end()).atZone(DutchTime.ZONE).toInstant(), summary);
		event.replace(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		event.add(new Uid(uid(day.id())));
		event.add(new Sequence(day.sequence()));
		event.add(new Location(day.venue() + ", " + day.address() + ", " + day.town()));
		event.add(new Description(view.edition().title() + "\n" + properties.absoluteUrl(day.path())));
		try {
			event.add(new Url(java.net.URI.create(properties.absoluteUrl(day.path()))));
		}
		catch (IllegalArgumentException e) {
			// a base URL that is no URI leaves the event without URL; the description has the link
		}
		event.add(ImmutableStatus.VEVENT_CONFIRMED);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//" + properties.name() + "//Alliantiedagen//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(event);
		return CalendarLines.fold(calendar.toString());
	}
}
