package nl.alliantie.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.conferences.OccasionId;
import nl.alliantie.conferences.Occasions;
import nl.alliantie.shared.time.DutchTime;

/** What other modules may read of the one-off events: a page at a time by id, for the open data API. */
@Component
public class Events {

	/** An event as the public sees it; {@code registered} the places taken. */
	public record EventSummary(EventId id, EventKind kind, String title, Instant startsAt, Instant endsAt, String venue,
			String town, @Nullable String region, int capacity, int registered, boolean cancelled, LocalDate closesOn) {

		public String path() {
			return "/bijeenkomsten/" + id.value();
		}
	}

	private final JdbcClient jdbc;

	private final Occasions occasions;

	Events(JdbcClient jdbc, Occasions occasions) {
		this.jdbc = jdbc;
		this.occasions = occasions;
	}

	/** The events with an id above {@code afterId}, by id, at most {@code limit}: two queries whatever the number. */
	public List<EventSummary> after(long afterId, int limit) {
		record Row(long id, EventKind kind, String title, LocalDate date, java.time.LocalTime start, java.time.LocalTime end,
				String venue, String town, @Nullable String region, int capacity, boolean cancelled, LocalDate closesOn,
				OccasionId occasion) {
		}
		List<Row> rows = jdbc.sql("""
				select id, kind, title, held_on, starts_at, ends_at, venue, town, region, capacity, status = 'cancelled',
				       closes_on, occasion_id
				from events_event where id > :after order by id limit :limit
				""")
			.param("after", afterId)
			.param("limit", Math.max(1, Math.min(limit, 500)))
			.query((rs, n) -> new Row(rs.getLong(1), EventKind.parse(rs.getString(2)).orElseThrow(), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, java.time.LocalTime.class),
					rs.getObject(6, java.time.LocalTime.class), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getInt(10), rs.getBoolean(11), rs.getObject(12, LocalDate.class), new OccasionId(rs.getLong(13))))
			.list();
		Map<OccasionId, Occasions.Places> places = occasions.places(rows.stream().map(Row::occasion).toList());
		return rows.stream()
			.map(r -> {
				Occasions.Places taken = places.get(r.occasion());
				return new EventSummary(new EventId(r.id()), r.kind(), r.title(),
						r.date().atTime(r.start()).atZone(DutchTime.ZONE).toInstant(),
						r.date().atTime(r.end()).atZone(DutchTime.ZONE).toInstant(), r.venue(), r.town(), r.region(),
						r.capacity(), taken == null ? 0 : taken.taken(), r.cancelled(), r.closesOn());
			})
			.toList();
	}
}
