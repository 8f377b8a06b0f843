package nl.alliantie.consultations.planning;

import nl.alliantie.shared.time.DutchTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.consultations.ConsultationStatus;
import nl.alliantie.network.Network;
import nl.alliantie.signals.ConsultationCancelled;
import nl.alliantie.signals.ConsultationPlanned;
import nl.alliantie.signals.ConsultationRescheduled;

/**
 * Plans, changes and reads consultations with their agendas. Tells the signals module (which
 * never depends on this one) of every consultation planned, moved or called off, through the
 * events of its API, so that signals can offer the coming consultations as agenda choice.
 */
@Component
public class ConsultationStore {

	/** The five standing tasks of the regional consultations (source 000), keys of their titles. */
	public static final List<String> STANDING_TASKS = List.of("consultations.task.network",
			"consultations.task.activities", "consultations.task.news", "consultations.task.lobby",
			"consultations.task.plans");

	/** Where and when a consultation is held. */
	public record Details(String regionKey, Instant startsAt, Instant endsAt, String venue, String address,
			String route, @Nullable String onlineLink) {
	}

	/**
	 * {@code titleKey}: the text key of a standing task ({@code consultations.task.*}), shown in the
	 * reader's language through {@link #titleIn}; null for an item someone typed.
	 */
	public record AgendaItem(long id, int position, String title, boolean standing, String source, String titleKey) {

		/** The title in the reader's language: a standing task translated, a typed item as written. */
		public String titleIn(nl.alliantie.shared.web.Ui ui) {
			return titleKey == null ? title : ui.t(titleKey);
		}
	}

	/** An open action point with where it came from. */
	public record OpenPoint(long id, long consultationId, String regionKey, Instant meeting, String what, String who,
			LocalDate due, String status) {

		/** Not done and past its date. */
		public boolean overdue(LocalDate today) {
			return due != null && due.isBefore(today) && !"KLAAR".equals(status);
		}

		/** The date as people write it ("15 januari 2027", "15 January 2027"); empty without one. */
		public String dueText(java.util.Locale locale) {
			return due == null ? "" : due.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		}
	}

	static final String COLUMNS = """
			c.id, c.region_key, c.starts_at, c.ends_at, c.venue, c.address, c.route,
			c.online_link, c.status, c.sequence, c.minutes, c.summary, c.published_at
			from consultations_consultation c
			""";

	private final JdbcClient jdbc;

	private final Network network;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	private final ApplicationEventPublisher events;

	ConsultationStore(JdbcClient jdbc, Network network, Clock clock,
			org.springframework.context.MessageSource messages, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.network = network;
		this.clock = clock;
		this.messages = messages;
		this.events = events;
	}

	public Clock clock() {
		return clock;
	}

	public Network network() {
		return network;
	}

	/** Plans a consultation with the five standing tasks on its agenda. */
	@Transactional
	public long plan(Details details) {
		long id = jdbc.sql("""
				insert into consultations_consultation (region_key, starts_at, ends_at, venue, address, route, online_link)
				values (:region, :start, :end, :venue, :address, :route, :link) returning id
				""")
			.param("region", details.regionKey())
			.param("start", Timestamp.from(details.startsAt()))
			.param("end", Timestamp.from(details.endsAt()))
			.param("venue", nz(details.venue()))
			.param("address", nz(details.address()))
			.param("route", nz(details.route()))
			.param("link", blankToNull(details.onlineLink()))
			.query(Long.class)
			.single();
		int position = 0;
		for (String task : STANDING_TASKS) {
			position++;
			jdbc.sql("""
					insert into consultations_agenda_item (consultation_id, position, title, standing, title_key)
					values (:id, :position, :title, true, :key)
					""")
				.param("id", id)
				.param("key", task)
				.param("position", position)
				.param("title", messages.getMessage(task, null, java.util.Locale.of("nl")))
				.update();
		}
		events.publishEvent(new ConsultationPlanned(id, details.regionKey(), dutchDate(details.startsAt())));
		return id;
	}

	/**
	 * A consultation was cancelled, published in the transaction that cancelled it: whoever was
	 * invited hears of it in that same transaction.
	 */
	public record Cancelled(Consultation consultation) {
	}

	/**
	 * Date, time or place of a consultation changed (not only the route notes), published in the
	 * transaction of the change with the consultation as it was and as it is now.
	 */
	public record Moved(Consultation before, Consultation after) {

		/** Whether invitees must hear of it: when, where or the online link differ. */
		public static boolean differ(Consultation before, Consultation after) {
			return !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())
					|| !before.venue().equals(after.venue()) || !before.address().equals(after.address())
					|| !java.util.Objects.equals(before.onlineLink(), after.onlineLink());
		}
	}

	/**
	 * Changes date and place; raises the calendar SEQUENCE. When date, time or place really
	 * changed, publishes {@link Moved} in this transaction.
	 */
	@Transactional
	public void change(long id, Details details) {
		Consultation before = locked(id);
		jdbc.sql("""
				update consultations_consultation set starts_at = :start, ends_at = :end, venue = :venue,
				    address = :address, route = :route, online_link = :link, sequence = sequence + 1, updated_at = now()
				where id = :id
				""")
			.param("start", Timestamp.from(details.startsAt()))
			.param("end", Timestamp.from(details.endsAt()))
			.param("venue", nz(details.venue()))
			.param("address", nz(details.address()))
			.param("route", nz(details.route()))
			.param("link", blankToNull(details.onlineLink()))
			.param("id", id)
			.update();
		Consultation after = find(id).orElseThrow();
		if (Moved.differ(before, after)) {
			events.publishEvent(new Moved(before, after));
		}
		events.publishEvent(new ConsultationRescheduled(id, after.regionKey(), dutchDate(after.startsAt())));
	}

	/**
	 * Cancels a consultation that has not started, was not held and was not cancelled before,
	 * raises its SEQUENCE and publishes {@link Cancelled} in this transaction. Cancelling again
	 * changes nothing.
	 *
	 * @return whether it was cancelled now
	 */
	@Transactional
	public boolean cancel(long id) {
		int cancelled = jdbc.sql("""
				update consultations_consultation set status = 'GEANNULEERD', sequence = sequence + 1, updated_at = now()
				where id = :id and status in ('GEPLAND', 'UITNODIGING_VERSTUURD') and starts_at > :now
				""")
			.param("id", id)
			.param("now", Timestamp.from(clock().instant()))
			.update();
		if (cancelled == 0) {
			return false;
		}
		events.publishEvent(new Cancelled(find(id).orElseThrow()));
		events.publishEvent(new ConsultationCancelled(id));
		return true;
	}

	/** The consultation, its row locked until the end of the transaction. */
	private Consultation locked(long id) {
		jdbc.sql("select id from consultations_consultation where id = :id for update").param("id", id)
			.query(Long.class).single();
		return find(id).orElseThrow();
	}

	/**
	 * Proposes one consultation in January and one in June for every region that has none in that
	 * month yet: a Tuesday in the last full week of January and the first Tuesday of June, 10:00 to
	 * 12:30, place still to be filled in by the coordinator. Returns how many were planned.
	 */
	@Transactional
	public int planYear(int year, List<String> regions) {
		int planned = 0;
		for (String region : regions) {
			for (int month : new int[] { 1, 6 }) {
				boolean exists = jdbc.sql("""
						select count(*) from consultations_consultation
						where region_key = :region and status <> 'GEANNULEERD'
						  and starts_at >= make_timestamptz(:year, :month, 1, 0, 0, 0, 'Europe/Amsterdam')
						  and starts_at < make_timestamptz(:year, :month, 1, 0, 0, 0, 'Europe/Amsterdam') + interval '1 month'
						""")
					.param("region", region)
					.param("year", year)
					.param("month", month)
					.query(Integer.class)
					.single() > 0;
				if (exists) {
					continue;
				}
				LocalDate day = month == 1 ? firstTuesday(Year.of(year).atMonth(1).atDay(22)) : firstTuesday(Year.of(year).atMonth(6).atDay(1));
				Instant start = day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant();
				Instant end = day.atTime(LocalTime.of(12, 30)).atZone(DutchTime.ZONE).toInstant();
				plan(new Details(region, start, end, messages.getMessage("consultations.plan.venueLater", null,
						java.util.Locale.of("nl")), "", "", null));
				planned++;
			}
		}
		return planned;
	}

	private static LocalDate firstTuesday(LocalDate from) {
		LocalDate day = from;
		while (day.getDayOfWeek() != java.time.DayOfWeek.TUESDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Transactional
	public void addItem(long id, String title) {
		jdbc.sql("""
				insert into consultations_agenda_item (consultation_id, position, title)
				values (:id, (select coalesce(max(position), 0) + 1 from consultations_agenda_item where consultation_id = :id), :title)
				""")
			.param("id", id)
			.param("title", title.trim())
			.update();
		jdbc.sql("update consultations_consultation set sequence = sequence + 1 where id = :id").param("id", id).update();
	}

	public Optional<Consultation> find(long id) {
		return jdbc.sql("select " + COLUMNS + " where c.id = :id").param("id", id).query(ConsultationStore::map).optional().map(c -> named(List.of(c)).get(0));
	}

	public List<AgendaItem> agenda(long id) {
		return jdbc.sql("""
				select id, position, title, standing, source, title_key from consultations_agenda_item
				where consultation_id = :id order by position, id
				""")
			.param("id", id)
			.query(AgendaItem.class)
			.list();
	}

	/** Consultations that have not ended, soonest first, optionally of a set of regions. */
	public List<Consultation> coming(@Nullable List<String> regions, int limit) {
		return named(jdbc.sql("select " + COLUMNS + " where c.ends_at > :now" + regionFilter(regions)
				+ " order by c.starts_at, c.region_key limit :limit")
			.param("now", Timestamp.from(clock().instant()))
			.param("regions", regions == null ? List.of("") : regions)
			.param("limit", limit)
			.query(ConsultationStore::map)
			.list());
	}

	/** Consultations that ended, latest first, a page at a time. */
	public List<Consultation> past(@Nullable List<String> regions, int offset, int limit) {
		return named(jdbc.sql("select " + COLUMNS + " where c.ends_at <= :now" + regionFilter(regions)
				+ " order by c.starts_at desc, c.region_key offset :offset limit :limit")
			.param("now", Timestamp.from(clock().instant()))
			.param("regions", regions == null ? List.of("") : regions)
			.param("offset", offset)
			.param("limit", limit)
			.query(ConsultationStore::map)
			.list());
	}

	/** All consultations of a region, or of every region, for the calendar feeds. */
	public List<Consultation> forCalendar(@Nullable String region) {
		return named(jdbc.sql("select " + COLUMNS + " where (:region = '' or c.region_key = :region)"
				+ " and c.starts_at > :since order by c.starts_at limit 500")
			.param("region", region == null ? "" : region)
			.param("since", Timestamp.from(clock().instant().minus(java.time.Duration.ofDays(400))))
			.query(ConsultationStore::map)
			.list());
	}

	/** Action points not done yet of consultations in these regions (all regions when null). */
	public List<OpenPoint> openPoints(@Nullable List<String> regions, int limit) {
		return jdbc.sql("""
				select a.id, c.id, c.region_key, c.starts_at, a.what, a.who, a.due, a.status
				from consultations_action_point a join consultations_consultation c on c.id = a.consultation_id
				where a.kind = 'ACTIEPUNT' and a.status <> 'KLAAR'""" + regionFilter(regions) + """
				 order by a.due nulls last, a.id limit :limit
				""")
			.param("regions", regions == null ? List.of("") : regions)
			.param("limit", limit)
			.query((rs, row) -> new OpenPoint(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
					rs.getObject(7, LocalDate.class), rs.getString(8)))
			.list();
	}

	/** The region keys replaced by their names: one query for the whole list. */
	private List<Consultation> named(List<Consultation> list) {
		if (list.isEmpty()) {
			return list;
		}
		java.util.Map<String, String> names = new java.util.HashMap<>();
		network.regions().forEach(r -> names.put(r.key(), r.name()));
		return list.stream()
			.map(c -> new Consultation(c.id(), c.regionKey(), names.getOrDefault(c.regionKey(), c.regionKey()),
					c.startsAt(), c.endsAt(), c.venue(), c.address(), c.route(), c.onlineLink(), c.status(),
					c.sequence(), c.minutes(), c.summary(), c.publishedAt()))
			.toList();
	}

	private static String regionFilter(@Nullable List<String> regions) {
		return regions == null ? "" : " and c.region_key in (:regions)";
	}

	static Consultation map(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Consultation(rs.getLong("id"), rs.getString("region_key"), rs.getString("region_key"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("venue"),
				rs.getString("address"), rs.getString("route"), rs.getString("online_link"),
				ConsultationStatus.ofCode(rs.getString("status")),
				rs.getInt("sequence"), rs.getString("minutes"), rs.getString("summary"),
				published == null ? null : published.toInstant());
	}

	private static LocalDate dutchDate(Instant instant) {
		return instant.atZone(DutchTime.ZONE).toLocalDate();
	}

	private static String nz(String value) {
		return value == null ? "" : value.trim();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
