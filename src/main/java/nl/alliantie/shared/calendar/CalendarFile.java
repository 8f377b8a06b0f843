package nl.alliantie.shared.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
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

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.AlliantieProperties;

/**
 * The one writer of calendar files (RFC 5545) for every module: a single happening (for a mail or
 * a download) or a feed. The UID is the entry's own; SEQUENCE is the entry's; a cancelled entry
 * carries {@code STATUS:CANCELLED} (and a single file of it {@code METHOD:CANCEL}, so calendars that
 * imported it remove it). Lines are folded at 75 octets, never inside a UTF-8 character.
 */
@Component
public class CalendarFile {

	/** RFC 5545 3.1: lines longer than 75 octets, line break excluded, are folded. */
	static final int FOLD_OCTETS = 75;

	private final AlliantieProperties properties;

	private final Clock clock;

	CalendarFile(AlliantieProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** The file of one happening; {@code product} names the part of the site that made it. */
	public String single(String product, CalendarEntry entry) {
		Calendar calendar = calendar(product, entry.cancelled(), null);
		calendar.add(event(entry));
		return fold(calendar.toString());
	}

	/** A feed of several happenings, cancelled ones included and marked as such. */
	public String feed(String product, String name, List<CalendarEntry> entries) {
		Calendar calendar = calendar(product, false, name);
		for (CalendarEntry entry : entries) {
			calendar.add(event(entry));
		}
		return fold(calendar.toString());
	}

	private Calendar calendar(String product, boolean cancel, @Nullable String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//" + properties.name() + "//" + product + "//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
		if (name != null) {
			calendar.add(new XProperty("X-WR-CALNAME", name));
		}
		return calendar;
	}

	private VEvent event(CalendarEntry entry) {
		VEvent event = entry.allDay() ? new VEvent(entry.date(), entry.date().plusDays(1), entry.title())
				: new VEvent(entry.startsAt(), entry.endsAt(), entry.title());
		// the constructor stamps the event already; RFC 5545 wants one DTSTAMP, in whole seconds
		event.replace(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		event.add(new Uid(entry.uid()));
		event.add(new Sequence(entry.sequence()));
		if (!entry.place().isBlank()) {
			event.add(new Location(entry.place()));
		}
		organizer().ifPresent(event::add);
		String link = entry.path() == null ? null : properties.absoluteUrl(entry.path());
		String description = entry.description().isBlank() ? "" : entry.description() + "\n";
		if (link != null) {
			event.add(new Description(description + link));
			try {
				event.add(new Url(URI.create(link)));
			}
			catch (IllegalArgumentException e) {
				// a base URL that is no URI leaves the event without URL; the description has the link
			}
		}
		else if (!description.isBlank()) {
			event.add(new Description(description.strip()));
		}
		event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	/**
	 * The alliance as organiser (RFC 5546 asks for one in a PUBLISH and a CANCEL), with its sender
	 * address; none when that address is not a plain one.
	 */
	private Optional<Organizer> organizer() {
		String from = properties.mail().from();
		if (from == null || !from.trim().matches("[^\\s<>@]+@[^\\s<>@]+")) {
			return Optional.empty();
		}
		try {
			Organizer organizer = new Organizer(URI.create("mailto:" + from.trim()));
			organizer.add(new Cn(properties.name()));
			return Optional.of(organizer);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The host part for UIDs of this installation ({@code alliantie} when the base URL has none). */
	public String host() {
		try {
			String host = URI.create(properties.absoluteUrl("/")).getHost();
			return host == null ? "alliantie" : host;
		}
		catch (IllegalArgumentException e) {
			return "alliantie";
		}
	}

	/**
	 * Folds every content line longer than 75 octets (RFC 5545 3.1): a line break and one space
	 * before the octet that would pass the limit, moved back to the start of a UTF-8 character.
	 * Lines ical4j already folded are left as they are when short enough.
	 */
	static String fold(String unfolded) {
		String[] lines = unfolded.split("\r\n|\n", -1);
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (i == lines.length - 1 && line.isEmpty()) {
				break;
			}
			foldLine(line, out);
			out.append("\r\n");
		}
		return out.toString();
	}

	private static void foldLine(String line, StringBuilder out) {
		int octets = 0;
		int limit = FOLD_OCTETS;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				// the space that starts a continuation line counts towards its 75 octets
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
	}
}
