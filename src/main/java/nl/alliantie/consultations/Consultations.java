package nl.alliantie.consultations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the regional consultations, and the one change they may make:
 * put an item on the agenda of a coming consultation. (Signals are not added here: the signals
 * module must not depend on this one; their agenda items are read from its facade, see
 * {@code planning.AgendaSignals}.)
 */
@Service
public class Consultations {

	/** A consultation as other modules see it. */
	public record ConsultationSummary(ConsultationId id, String regionKey, Instant startsAt, String venue,
			ConsultationStatus status) {
	}

	/** A decision or action point marked "voor de Alliantiedagen". */
	public record AlliantiedagenItem(long id, ConsultationId consultation, String regionKey, LocalDate meetingDate,
			String kind, String what, String who, LocalDate due, String status, String regionName) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final nl.alliantie.network.Network network;

	Consultations(JdbcClient jdbc, Clock clock, nl.alliantie.network.Network network) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.network = network;
	}

	public Optional<ConsultationSummary> consultation(ConsultationId id) {
		return jdbc.sql("""
				select id, region_key, starts_at, venue, status from consultations_consultation where id = :id
				""")
			.param("id", id.value())
			.query((rs, row) -> new ConsultationSummary(new ConsultationId(rs.getLong(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4), ConsultationStatus.ofCode(rs.getString(5))))
			.optional();
	}

	/** The consultations of a region that have not started and are not cancelled, soonest first. */
	public List<ConsultationSummary> coming(String regionKey) {
		return jdbc.sql("""
				select id, region_key, starts_at, venue, status from consultations_consultation
				where region_key = :region and starts_at > :now and status in ('GEPLAND', 'UITNODIGING_VERSTUURD')
				order by starts_at limit 20
				""")
			.param("region", regionKey)
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new ConsultationSummary(new ConsultationId(rs.getLong(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4), ConsultationStatus.ofCode(rs.getString(5))))
			.list();
	}

	/**
	 * Puts an item at the end of the agenda of a coming consultation. {@code source} (e.g.
	 * {@code signal:42}) may be null; an item with the same source is added once.
	 *
	 * @return whether it was added now
	 * @throws IllegalStateException when the consultation has started, was held or was cancelled
	 */
	@Transactional
	public boolean addAgendaItem(ConsultationId id, String title, String source) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("An agenda item needs a title");
		}
		boolean open = jdbc.sql("""
				select 1 from consultations_consultation
				where id = :id and starts_at > :now and status in ('GEPLAND', 'UITNODIGING_VERSTUURD') for update
				""")
			.param("id", id.value())
			.param("now", Timestamp.from(clock.instant()))
			.query(Integer.class)
			.optional()
			.isPresent();
		if (!open) {
			throw new IllegalStateException("Consultation " + id.value() + " is not coming");
		}
		int added = jdbc.sql("""
				insert into consultations_agenda_item (consultation_id, position, title, source)
				values (:id, (select coalesce(max(position), 0) + 1 from consultations_agenda_item where consultation_id = :id),
				        :title, :source)
				on conflict do nothing
				""")
			.param("id", id.value())
			.param("title", title.trim())
			.param("source", source)
			.update();
		if (added > 0) {
			jdbc.sql("update consultations_consultation set sequence = sequence + 1, updated_at = now() where id = :id")
				.param("id", id.value())
				.update();
		}
		return added > 0;
	}

	/** Decisions and action points marked for the Alliantiedagen, of consultations held in {@code year}. */
	public List<AlliantiedagenItem> itemsForAlliantiedagen(int year) {
		java.util.Map<String, String> regionNames = new java.util.HashMap<>();
		network.regions().forEach(r -> regionNames.put(r.key(), r.name()));
		return jdbc.sql("""
				select a.id, c.id, c.region_key, (c.starts_at at time zone 'Europe/Amsterdam')::date,
				       a.kind, a.what, a.who, a.due, a.status
				from consultations_action_point a join consultations_consultation c on c.id = a.consultation_id
				where a.for_alliantiedagen and c.starts_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Europe/Amsterdam')
				  and c.starts_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Europe/Amsterdam')
				order by c.starts_at, c.region_key, a.id
				""")
			.param("year", year)
			.query((rs, row) -> new AlliantiedagenItem(rs.getLong(1), new ConsultationId(rs.getLong(2)),
					rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
					regionNames.getOrDefault(rs.getString(3), rs.getString(3))))
			.list();
	}

	/**
	 * The consultations with an id above {@code afterId}, by id, at most {@code limit}, as the public
	 * list shows them (no invitees, no minutes' text): one query on the primary key (keyset paging
	 * for the open data API). {@code minutesPublished}: its public summary can be read on its page.
	 */
	public record PublicConsultation(ConsultationId id, String regionKey, Instant startsAt, Instant endsAt, String venue,
			String status, boolean minutesPublished) {

		public String path() {
			return "/regio-overleggen/" + id.value();
		}
	}

	public List<PublicConsultation> after(long afterId, int limit) {
		return jdbc.sql("""
				select id, region_key, starts_at, ends_at, venue, status, status = 'VERSLAG_GEPUBLICEERD'
				from consultations_consultation where id > :after order by id limit :limit
				""")
			.param("after", afterId)
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, row) -> new PublicConsultation(new ConsultationId(rs.getLong(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
					rs.getBoolean(7)))
			.list();
	}
}
