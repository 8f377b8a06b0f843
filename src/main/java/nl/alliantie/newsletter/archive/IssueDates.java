package nl.alliantie.newsletter.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarFile;
import nl.alliantie.shared.calendar.CalendarSource;

/**
 * The newsletter's dates in the site's one calendar: the copy deadline (when correspondents send
 * their pieces) and the day the issue goes out (planned, or the day it was sent). One query.
 */
@Component
class IssueDates implements CalendarSource {

	private final JdbcClient jdbc;

	private final CalendarFile files;

	IssueDates(JdbcClient jdbc, CalendarFile files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public List<CalendarEntry> between(LocalDate from, LocalDate to) {
		String host = files.host();
		return jdbc.sql("""
				select i.id, i.number, i.year, i.theme, i.status, d.kind, d.day
				from newsletter_issue i
				cross join lateral (values ('deadline', i.copy_deadline),
				    ('out', coalesce((i.sent_at at time zone 'Europe/Amsterdam')::date, i.planned_on))) d(kind, day)
				where d.day between :from and :to order by d.day, i.id
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				long id = rs.getLong(1);
				String label = rs.getInt(2) + "/" + rs.getInt(3);
				boolean sent = "SENT".equals(rs.getString(5));
				boolean deadline = "deadline".equals(rs.getString(6));
				return new CalendarEntry((deadline ? "nieuwsbrief-kopij-" : "nieuwsbrief-") + id + "@" + host, 0,
						CalendarEntry.Kind.NEWSLETTER, rs.getObject(7, LocalDate.class), null, null,
						(deadline ? "Kopij voor nieuwsbrief " : "Nieuwsbrief ") + label + ": " + rs.getString(4), "", "",
						sent ? "/nieuwsbrief/archief/" + id : "/nieuwsbrief", null, false);
			})
			.list();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("newsletter_changed");
	}
}
