package nl.alliantie.conferences.registrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.WorkshopStatus;
import nl.alliantie.conferences.mails.ConferenceMails.About;
import nl.alliantie.conferences.mails.ConferenceMails;
import nl.alliantie.shared.time.DutchTime;

/**
 * What registrants are told, each thing once: the facts a mail says of a registration, the
 * personal link that goes with it, and the claim in {@code conferences_notice} that makes a mail
 * go out only the first time, also when two requests race. The mails themselves are
 * {@link ConferenceMails}'s.
 */
@Service
public class RegistrationNotices {

	/** The registrations with what a mail says of each; a where clause follows. */
	private static final String ABOUT = """
			select r.id, r.email, r.name, coalesce(e.year, extract(year from d.date)::int), coalesce(e.theme, d.title),
			       d.date, d.town, d.venue, d.address, d.number, r.status, r.workshop_status, w.title, r.language, d.path
			from conferences_registration r
			join conferences_day d on d.id = r.day_id
			left join conferences_edition e on e.id = d.edition_id
			left join conferences_session s on s.id = r.session_id
			left join conferences_workshop w on w.id = s.workshop_id
			""";

	private final JdbcClient jdbc;

	private final LinkTokens tokens;

	private final ConferenceMails mails;

	private final CalendarFiles calendars;

	private final Clock clock;

	RegistrationNotices(JdbcClient jdbc, LinkTokens tokens, ConferenceMails mails, CalendarFiles calendars, Clock clock) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.mails = mails;
		this.calendars = calendars;
		this.clock = clock;
	}

	/** Facts for a mail about this registration. */
	public About about(long id) {
		return jdbc.sql(ABOUT + "where r.id = :id").param("id", id).query((rs, n) -> about(rs).getValue()).single();
	}

	/**
	 * The date, time or place of a locked day changed: raises its sequence and mails everyone
	 * registered or waiting the new facts, with the new calendar file for those with a place.
	 * Each person gets one mail per change, claimed with the new sequence.
	 *
	 * @return how many were mailed
	 */
	int rescheduled(long dayId, String hours) {
		int sequence = jdbc.sql("update conferences_day set sequence = sequence + 1 where id = :id returning sequence")
			.param("id", dayId)
			.query(Integer.class)
			.single();
		return mailChanged(dayId, hours, sequence);
	}

	/**
	 * Mails everyone registered or waiting for a locked day (or occasion) that its date, time or
	 * place changed, with the calendar file at {@code sequence} for those with a place; once per
	 * person and sequence.
	 */
	int mailChanged(long dayId, String hours, int sequence) {
		String ics = calendars.ofDay(dayId, sequence);
		LocalDate date = dayDate(dayId);
		int mailed = 0;
		for (var entry : active(dayId).entrySet()) {
			long id = entry.getKey();
			About about = entry.getValue();
			if (claimNotice(id, "day-changed-" + sequence)) {
				mails.dayChanged(about, hours, issueLink(id, date), about.status() == RegistrationStatus.REGISTERED ? ics : null);
				mailed++;
			}
		}
		return mailed;
	}

	/**
	 * A locked day that has not been yet does not go ahead: everyone registered or waiting gets a
	 * mail (once), with the secretariat's words.
	 *
	 * @return how many were mailed
	 */
	int mailDayCancelled(long dayId, String message, String editionPath) {
		// an occasion stays as cancelled: its file says so (STATUS:CANCELLED), for the calendars that hold it
		String ics = occasion(dayId) ? calendarOf(dayId) : null;
		int mailed = 0;
		for (var entry : active(dayId).entrySet()) {
			if (claimNotice(entry.getKey(), "day-cancelled")) {
				mails.dayCancelled(entry.getValue(), message, editionPath, ics);
				mailed++;
			}
		}
		return mailed;
	}

	/** The people registered or waiting for a day, in order of arrival, with what a mail says of them. */
	private Map<Long, About> active(long dayId) {
		Map<Long, About> active = new LinkedHashMap<>();
		jdbc.sql(ABOUT + "where r.day_id = :day and r.status <> 'cancelled' order by r.arrival")
			.param("day", dayId)
			.query((rs, n) -> about(rs))
			.list()
			.forEach(entry -> active.put(entry.getKey(), entry.getValue()));
		return active;
	}

	private boolean occasion(long dayId) {
		return jdbc.sql("select edition_id is null from conferences_day where id = :id").param("id", dayId).query(Boolean.class).single();
	}

	private int sequenceOf(long dayId) {
		return jdbc.sql("select sequence from conferences_day where id = :id").param("id", dayId).query(Integer.class).single();
	}

	LocalDate dayDate(long dayId) {
		return jdbc.sql("select date from conferences_day where id = :id").param("id", dayId).query(LocalDate.class).single();
	}

	String issueLink(long id, LocalDate date) {
		ZonedDateTime until = date.plusDays(2).atStartOfDay(DutchTime.ZONE);
		Duration valid = Duration.between(ZonedDateTime.now(clock), until);
		return tokens.issueReusable(Registrations.LINK_PURPOSE, Long.toString(id), valid.isNegative() ? Duration.ofDays(1) : valid);
	}

	/** Claims a mail for this registration; true only the first time, also under concurrent calls. */
	boolean claimNotice(long id, String kind) {
		return jdbc.sql("insert into conferences_notice (registration_id, kind) values (:id, :kind) on conflict do nothing")
			.param("id", id)
			.param("kind", kind)
			.update() == 1;
	}


	/** The day's calendar file as it is now, for a mail to someone who has a place. */
	String calendarOf(long dayId) {
		return calendars.ofDay(dayId, sequenceOf(dayId));
	}

	private static Map.Entry<Long, About> about(ResultSet rs) throws SQLException {
		return Map.entry(rs.getLong(1), new About(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getString(15) != null ? rs.getString(15) : "/alliantiedagen/" + rs.getInt(4) + "/" + rs.getInt(10),
				RegistrationStatus.ofCode(rs.getString(11)), WorkshopStatus.ofCode(rs.getString(12)),
				rs.getString(13), Locale.of(rs.getString(14)), rs.getString(15) != null));
	}
}
