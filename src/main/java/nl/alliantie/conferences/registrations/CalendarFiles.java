package nl.alliantie.conferences.registrations;

import java.time.LocalTime;
import java.util.Comparator;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import org.springframework.stereotype.Component;

import nl.alliantie.conferences.editions.DayBlock;
import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.shared.AlliantieProperties;

/**
 * The calendar file (.ics) of a day. Its UID stays the same for the day, so a calendar that
 * imports it twice (after a change of venue, say) updates the event instead of adding a second one.
 */
@Component
public class CalendarFiles {

	private final AlliantieProperties properties;

	CalendarFiles(AlliantieProperties properties) {
		this.properties = properties;
	}

	public static String uid(long dayId) {
		return "alliantiedag-" + dayId + "@alliantie";
	}

	public String of(DayView view) {
		LocalTime start = view.blocks().stream().map(DayBlock::startsAt).min(Comparator.naturalOrder()).orElse(LocalTime.of(10, 0));
		LocalTime end = view.blocks().stream().map(DayBlock::endsAt).max(Comparator.naturalOrder()).orElse(LocalTime.of(16, 0));
		var day = view.day();
		String summary = "Alliantiedag " + view.edition().year() + " " + day.town() + ": " + view.edition().theme();
		VEvent event = new VEvent(day.date().atTime(start).atZone(Registrations.ZONE).toInstant(),
				day.date().atTime(end).atZone(Registrations.ZONE).toInstant(), summary);
		event.add(new Uid(uid(day.id())));
		event.add(new Location(day.venue() + ", " + day.address() + ", " + day.town()));
		event.add(new Description(view.edition().title()));
		event.add(new Url(java.net.URI.create(properties.absoluteUrl(day.path()))));
		Calendar calendar = new Calendar().withProdId("-//" + properties.name() + "//Alliantiedagen//NL")
			.withDefaults()
			.withComponent(event)
			.getFluentTarget();
		return calendar.toString();
	}
}
