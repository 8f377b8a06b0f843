package nl.alliantie.lobby.drafting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.lobby.trail.CitedSignals;
import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.signals.SignalUsedInLobby;

/**
 * Local parts, the helpers who write them through a personal link, their versions and the
 * secretariat's approval. Approving publishes {@link SignalUsedInLobby} for each signal the
 * approved text cites for the first time.
 */
@Component
public class LocalParts {

	/** What a helper's personal link opens. */
	public static final String LINK_PURPOSE = "lobby-local-part";

	/** A link lives through the campaign and the responses after it. */
	static final Duration LINK_VALID = Duration.ofDays(400);

	/** A helper's link, with the local part it opens. */
	public record CoAuthor(long id, long localPartId, String name, String email, String organisation) {
	}

	/** One saved version. */
	public record Version(int version, String experiences, String proposals, List<Long> signalIds, String changedBy,
			Instant changedAt, List<Long> stepIds) {
	}

	/** A local part as the secretariat's list shows it. */
	public record Listed(long id, String municipality, LocalPart.Status status, int version, Integer approvedVersion,
			int helpers) {
	}

	private final JdbcClient jdbc;

	private final LinkTokens tokens;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LocalParts(JdbcClient jdbc, LinkTokens tokens, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a helper for a municipality's local part (made if there is none) and returns the
	 * token of their personal link; the same person offering twice gets a new link to the same part.
	 */
	@Transactional
	public String offer(Campaign campaign, String municipality, String name, String email, @Nullable String organisation,
			@Nullable Long personId) {
		jdbc.sql("""
				insert into lobby_local_part (campaign_id, municipality) values (:campaign, :municipality)
				on conflict (campaign_id, municipality) do nothing
				""")
			.param("campaign", campaign.id().value())
			.param("municipality", municipality)
			.update();
		long partId = jdbc.sql("select id from lobby_local_part where campaign_id = :campaign and municipality = :municipality")
			.param("campaign", campaign.id().value())
			.param("municipality", municipality)
			.query(Long.class)
			.single();
		long helperId = jdbc.sql("""
				insert into lobby_helper (local_part_id, name, email, organisation, person_id, created_at)
				values (:part, :name, :email, :organisation, :person, :now)
				on conflict (local_part_id, lower(email)) do update
				set name = excluded.name, organisation = excluded.organisation, person_id = excluded.person_id
				returning id
				""")
			.param("person", personId)
			.param("part", partId)
			.param("name", name)
			.param("email", email)
			.param("organisation", organisation == null || organisation.isBlank() ? null : organisation.strip())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		return tokens.issueReusable(LINK_PURPOSE, Long.toString(helperId), LINK_VALID);
	}

	/** The helper behind a personal link that is still valid. */
	public Optional<CoAuthor> helperOf(String token) {
		return tokens.subjectOf(LINK_PURPOSE, token).flatMap(this::helper);
	}

	Optional<CoAuthor> helper(long id) {
		return jdbc.sql("select id, local_part_id, name, email, organisation from lobby_helper where id = :id")
			.param("id", id)
			.query((rs, row) -> new CoAuthor(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	public Optional<LocalPart> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, row) -> localPart(rs)).optional();
	}

	public Optional<LocalPart> of(long campaignId, String municipality) {
		return jdbc.sql(SELECT + " where campaign_id = :campaign and municipality = :municipality")
			.param("campaign", campaignId)
			.param("municipality", municipality)
			.query((rs, row) -> localPart(rs))
			.optional();
	}

	/** The local parts of a campaign, those awaiting review first; one query. */
	public List<Listed> list(long campaignId, int page, int limit) {
		return jdbc.sql("""
				select p.id, p.municipality, p.status, p.version, p.approved_version,
				       (select count(*) from lobby_helper h where h.local_part_id = p.id)
				from lobby_local_part p where p.campaign_id = :campaign
				order by p.status = 'SUBMITTED' desc, p.municipality limit :limit offset :offset
				""")
			.param("campaign", campaignId)
			.param("limit", limit + 1)
			.param("offset", (Math.max(1, page) - 1) * limit)
			.query((rs, row) -> new Listed(rs.getLong(1), rs.getString(2), LocalPart.Status.valueOf(rs.getString(3)),
					rs.getInt(4), (Integer) rs.getObject(5), rs.getInt(6)))
			.list();
	}

	public List<Version> versions(long localPartId) {
		return jdbc.sql("""
				select version, experiences, proposals, signal_ids, changed_by, changed_at, step_ids from lobby_local_part_version
				where local_part_id = :id order by version desc limit 50
				""")
			.param("id", localPartId)
			.query((rs, row) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3), Campaigns.ids(rs.getArray(4)),
					rs.getString(5), rs.getTimestamp(6).toInstant(), Campaigns.ids(rs.getArray(7))))
			.list();
	}

	public List<CoAuthor> helpers(long localPartId) {
		return jdbc.sql("select id, local_part_id, name, email, organisation from lobby_helper where local_part_id = :id order by id")
			.param("id", localPartId)
			.query((rs, row) -> new CoAuthor(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * Saves a new version written by {@code who}; {@code submit} offers it for review. A version
	 * equal to the current one is not kept twice. {@code steps}: the agenda steps it cites.
	 */
	@Transactional
	public void save(long localPartId, String experiences, String proposals, List<Long> signals, List<Long> steps,
			boolean submit, String who, @Nullable Long helperId) {
		LocalPart part = jdbc.sql(SELECT + " where id = :id for update")
			.param("id", localPartId)
			.query((rs, row) -> localPart(rs))
			.single();
		boolean same = part.experiences().equals(experiences) && part.proposals().equals(proposals)
				&& part.signalIds().equals(signals) && part.stepIds().equals(steps);
		int version = same ? part.version() : part.version() + 1;
		LocalPart.Status status = submit ? LocalPart.Status.SUBMITTED
				: same ? part.status() : LocalPart.Status.DRAFT;
		if (same && status == LocalPart.Status.SUBMITTED && part.approvedVersion() != null
				&& part.approvedVersion() == version) {
			status = LocalPart.Status.APPROVED;
		}
		jdbc.sql("""
				update lobby_local_part set experiences = :experiences, proposals = :proposals, signal_ids = :signals,
				       step_ids = :steps, version = :version, status = :status where id = :id
				""")
			.param("steps", steps.toArray(Long[]::new))
			.param("id", localPartId)
			.param("experiences", experiences)
			.param("proposals", proposals)
			.param("signals", signals.toArray(Long[]::new))
			.param("version", version)
			.param("status", status.name())
			.update();
		if (!same) {
			jdbc.sql("""
					insert into lobby_local_part_version (local_part_id, version, experiences, proposals, signal_ids, step_ids, changed_by, helper_id, changed_at)
					values (:id, :version, :experiences, :proposals, :signals, :steps, :who, :helper, :at)
					""")
				.param("steps", steps.toArray(Long[]::new))
				.param("helper", helperId)
				.param("id", localPartId)
				.param("version", version)
				.param("experiences", experiences)
				.param("proposals", proposals)
				.param("signals", signals.toArray(Long[]::new))
				.param("who", who)
				.param("at", java.sql.Timestamp.from(clock.instant()))
				.update();
		}
	}

	/**
	 * Approves version {@code version} (the one the secretariat read; a newer draft saved meanwhile
	 * is refused with {@link StaleVersion}) and publishes the signals it cites for the first time
	 * that the signals module still takes up ({@code citable}).
	 */
	@Transactional
	public void approve(long localPartId, int version, int campaignYear, java.util.function.Predicate<Long> citable) {
		LocalPart part = jdbc.sql(SELECT + " where id = :id for update")
			.param("id", localPartId)
			.query((rs, row) -> localPart(rs))
			.single();
		if (part.version() != version || version == 0) {
			throw new StaleVersion();
		}
		List<Long> before = part.approvedSignalIds() == null ? List.of() : part.approvedSignalIds();
		jdbc.sql("""
				update lobby_local_part set status = 'APPROVED', approved_version = version, approved_experiences = experiences,
				       approved_proposals = proposals, approved_signal_ids = signal_ids, approved_step_ids = step_ids,
				       approved_at = :at where id = :id
				""")
			.param("id", localPartId)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		CitedSignals.announceNew(events, localPartId, before, part.signalIds(), LocalDate.now(clock),
				"Raadsbrief " + campaignYear + " aan de gemeenteraad van " + part.municipality(), citable);
	}

	/** The draft changed after the secretariat opened it. */
	public static class StaleVersion extends RuntimeException {
	}

	/** Replaces the name and address of helpers who were this network person with a note; their texts stay. */
	@Transactional
	public int erasePerson(long personId) {
		jdbc.sql("""
				update lobby_local_part_version set changed_by = 'verwijderd'
				where helper_id in (select id from lobby_helper where person_id = :person)
				""")
			.param("person", personId)
			.update();
		return jdbc.sql("""
				update lobby_helper set name = 'verwijderd', email = 'verwijderd-' || id || '@invalid', organisation = null, erased = true
				where person_id = :person
				""")
			.param("person", personId)
			.update();
	}

	private static final String SELECT = """
			select id, campaign_id, municipality, experiences, proposals, signal_ids, status, version, approved_version,
			       approved_experiences, approved_proposals, approved_signal_ids, approved_at, step_ids, approved_step_ids
			from lobby_local_part""";

	static LocalPart localPart(ResultSet rs) throws SQLException {
		java.sql.Timestamp approvedAt = rs.getTimestamp(13);
		return new LocalPart(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				Campaigns.ids(rs.getArray(6)), LocalPart.Status.valueOf(rs.getString(7)), rs.getInt(8),
				(Integer) rs.getObject(9), rs.getString(10), rs.getString(11),
				rs.getArray(12) == null ? null : Campaigns.ids(rs.getArray(12)),
				approvedAt == null ? null : approvedAt.toInstant(), Campaigns.ids(rs.getArray(14)),
				rs.getArray(15) == null ? List.of() : Campaigns.ids(rs.getArray(15)));
	}
}
