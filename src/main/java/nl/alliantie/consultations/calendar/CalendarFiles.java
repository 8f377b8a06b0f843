package nl.alliantie.consultations.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarFile;
import nl.alliantie.shared.time.DutchTime;

/**
 * Calendar files of consultations, written by the one {@link CalendarFile} of the site. The UID
 * never changes; SEQUENCE is the consultation's, raised on every change; a cancelled one is sent
 * with {@code METHOD:CANCEL} and {@code STATUS:CANCELLED}, so calendars that imported it remove it.
 */
@Component("consultationCalendarFiles")
public class CalendarFiles {

	static final Locale DUTCH = Locale.of("nl");

	static final String PRODUCT = "Regio-overleggen";

	private final MessageSource messages;

	private final CalendarFile files;

	CalendarFiles(MessageSource messages, CalendarFile files) {
		this.messages = messages;
		this.files = files;
	}

	/** The file of one consultation. */
	public String single(Consultation consultation) {
		return files.single(PRODUCT, entry(consultation));
	}

	/** A feed of several consultations (cancelled ones included, marked as such). */
	public String feed(List<Consultation> consultations, String name) {
		return files.feed(PRODUCT, name, consultations.stream().map(this::entry).toList());
	}

	/** The consultation as the calendar shows it, also in the site's one calendar. */
	CalendarEntry entry(Consultation c) {
		return entry(c.id(), c.sequence(), c.regionKey(), c.regionName(), c.startsAt(), c.endsAt(), c.venue(),
				c.address(), c.route(), c.onlineLink(), c.cancelled());
	}

	CalendarEntry entry(long id, int sequence, String regionKey, String regionName, java.time.Instant startsAt,
			java.time.Instant endsAt, String venue, String address, String route, String onlineLink,
			boolean cancelled) {
		var start = startsAt.atZone(DutchTime.ZONE);
		LocalDate date = start.toLocalDate();
		LocalTime end = endsAt.atZone(DutchTime.ZONE).toLocalDate().equals(date)
				? endsAt.atZone(DutchTime.ZONE).toLocalTime() : LocalTime.of(23, 59);
		StringBuilder description = new StringBuilder();
		if (onlineLink != null) {
			description.append(messages.getMessage("consultations.mail.online", new Object[] { onlineLink }, DUTCH))
				.append('\n');
		}
		if (route != null && !route.isBlank()) {
			description.append(route);
		}
		String place = String.join(", ", java.util.stream.Stream.of(venue, address)
			.filter(part -> part != null && !part.isBlank())
			.toList());
		return new CalendarEntry("regio-overleg-" + id + "@" + files.host(), sequence,
				CalendarEntry.Kind.REGIONAL_CONSULTATION, date, start.toLocalTime(), end,
				messages.getMessage("consultations.calendar.summary", new Object[] { regionName }, DUTCH), place,
				description.toString().strip(), "/regio-overleggen/" + id, regionKey, cancelled);
	}
}
