package nl.alliantie.consultations.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.text.CalendarLines;

/**
 * Calendar files (RFC 5545) of consultations. The UID never changes; SEQUENCE is raised on every
 * change of the consultation; a cancelled one is sent with {@code METHOD:CANCEL} and
 * {@code STATUS:CANCELLED}, so calendars that imported it remove it.
 */
@Component("consultationCalendarFiles")
public class CalendarFiles {

	static final Locale DUTCH = Locale.of("nl");

	private final MessageSource messages;

	private final AlliantieProperties properties;

	private final Clock clock;

	CalendarFiles(MessageSource messages, AlliantieProperties properties, Clock clock) {
		this.clock = clock;
		this.messages = messages;
		this.properties = properties;
	}

	/** The file of one consultation. */
	public String single(Consultation consultation) {
		Calendar calendar = calendar(consultation.cancelled() ? "CANCEL" : "PUBLISH", null);
		calendar.add(event(consultation));
		return CalendarLines.fold(calendar.toString());
	}

	/** A feed of several consultations (cancelled ones included, marked as such). */
	public String feed(List<Consultation> consultations, String name) {
		Calendar calendar = calendar("PUBLISH", name);
		for (Consultation consultation : consultations) {
			calendar.add(event(consultation));
		}
		return CalendarLines.fold(calendar.toString());
	}

	private Calendar calendar(String method, String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//" + properties.name() + "//Regio-overleggen//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add("CANCEL".equals(method) ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
		}
		return calendar;
	}

	private VEvent event(Consultation c) {
		VEvent event = new VEvent(c.startsAt(), c.endsAt(),
				messages.getMessage("consultations.calendar.summary", new Object[] { c.regionName() }, DUTCH));
		event.add(new Uid("regio-overleg-" + c.id() + "@" + host()));
		event.add(new Sequence(c.sequence()));
		// the constructor stamps the event already; RFC 5545 wants one DTSTAMP, in whole seconds
		event.replace(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		event.add(new Location(c.place()));
		organizer().ifPresent(event::add);
		StringBuilder description = new StringBuilder();
		if (c.onlineLink() != null) {
			description.append(messages.getMessage("consultations.mail.online", new Object[] { c.onlineLink() }, DUTCH))
				.append('\n');
		}
		if (c.route() != null && !c.route().isBlank()) {
			description.append(c.route()).append('\n');
		}
		description.append(properties.absoluteUrl("/regio-overleggen/" + c.id()));
		event.add(new Description(description.toString()));
		try {
			event.add(new Url(java.net.URI.create(properties.absoluteUrl("/regio-overleggen/" + c.id()))));
		}
		catch (IllegalArgumentException e) {
			// a base URL that is no URI leaves the event without URL; the description has the link
		}
		event.add(c.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	/**
	 * The alliance as organiser (RFC 5546 asks for one in a PUBLISH and a CANCEL), with its sender
	 * address; none when that address is not a plain one.
	 */
	private java.util.Optional<Organizer> organizer() {
		String from = properties.mail().from();
		if (from == null || !from.trim().matches("[^\\s<>@]+@[^\\s<>@]+")) {
			return java.util.Optional.empty();
		}
		try {
			Organizer organizer = new Organizer(java.net.URI.create("mailto:" + from.trim()));
			organizer.add(new Cn(properties.name()));
			return java.util.Optional.of(organizer);
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

	private String host() {
		String url = properties.absoluteUrl("/");
		try {
			String host = java.net.URI.create(url).getHost();
			return host == null ? "alliantie" : host;
		}
		catch (IllegalArgumentException e) {
			return "alliantie";
		}
	}
}
