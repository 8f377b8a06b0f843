package nl.alliantie.lobby.secretary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.lobby.PositionPaperPublished;
import nl.alliantie.lobby.PositionPaperWithdrawn;
import nl.alliantie.lobby.trail.CitedSignals;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.letters.Response;
import nl.alliantie.signals.SignalUsedInLobby;

/**
 * The consultations with the state secretary: the meeting, its position paper's points (each citing
 * signals, publishing {@link SignalUsedInLobby} once per signal, and council responses), the report
 * and the commitments with whether they were kept. Every list is one query.
 */
@Component
public class StateSecretary {

	public record Meeting(long id, LocalDate heldOn, String title, String participants, String paperIntro, String report,
			boolean published) {

		public String href() {
			return "/lobby/staatssecretaris/" + id;
		}

		public String adminHref() {
			return "/beheer/lobby/staatssecretaris/" + id;
		}
	}

	/** A point of the position paper; its id is a lobby item id. */
	public record Point(long id, long meetingId, int number, String title, String explanation, List<Long> signalIds) {
	}

	/** A council response a point cites: what a council did with the letter of a campaign. */
	public record CitedResponse(long pointId, long campaignId, int year, String municipality, Response response,
			LocalDate respondedOn) {

		public String href() {
			return "/lobby/" + year + "/brief/" + org.springframework.web.util.UriUtils.encodePathSegment(municipality,
					java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	public record Commitment(long id, long meetingId, LocalDate meetingOn, String what, CommitmentStatus status,
			String note, LocalDate checkedOn) {
	}

	/** The campaign whose letters a paper of this meeting cites: the newest up to the meeting's year. */
	public record CampaignRef(long id, int year) {
	}

	/** The number is taken. */
	public static class NumberTaken extends RuntimeException {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StateSecretary(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public Clock clock() {
		return clock;
	}

	// meetings

	private static final String MEETING = "select id, held_on, title, participants, paper_intro, report, published from lobby_meeting";

	public Optional<Meeting> find(long id) {
		return jdbc.sql(MEETING + " where id = :id").param("id", id).query((rs, row) -> meeting(rs)).optional();
	}

	/** Newest first; {@code limit + 1} rows so the caller knows whether there is a next page. */
	public List<Meeting> page(int page, int limit) {
		return jdbc.sql(MEETING + " order by held_on desc, id desc limit :limit offset :offset")
			.param("limit", limit + 1)
			.param("offset", (Math.max(1, page) - 1) * limit)
			.query((rs, row) -> meeting(rs))
			.list();
	}

	/** The published meetings of a year, by date. */
	public List<Meeting> publishedIn(int year) {
		return jdbc.sql(MEETING + " where published and held_on >= :from and held_on < :to order by held_on, id limit 50")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> meeting(rs))
			.list();
	}

	/** The meeting before this one (by date), if any. */
	public Optional<Meeting> before(Meeting meeting) {
		return jdbc.sql(MEETING + " where (held_on, id) < (:on, :id) order by held_on desc, id desc limit 1")
			.param("on", meeting.heldOn())
			.param("id", meeting.id())
			.query((rs, row) -> meeting(rs))
			.optional();
	}

	@Transactional
	public long create(LocalDate heldOn, String title) {
		return jdbc.sql("insert into lobby_meeting (held_on, title) values (:on, :title) returning id")
			.param("on", heldOn)
			.param("title", title)
			.query(Long.class)
			.single();
	}

	@Transactional
	public void update(long id, LocalDate heldOn, String title, String participants, String paperIntro, String report,
			boolean published) {
		jdbc.sql("""
				update lobby_meeting set held_on = :on, title = :title, participants = :participants,
				       paper_intro = :intro, report = :report, published = :published where id = :id
				""")
			.param("id", id)
			.param("on", heldOn)
			.param("title", title)
			.param("participants", participants)
			.param("intro", paperIntro)
			.param("report", report)
			.param("published", published)
			.update();
		events.publishEvent(published ? new PositionPaperPublished(id, heldOn, title) : new PositionPaperWithdrawn(id));
	}

	public Optional<CampaignRef> campaignFor(Meeting meeting) {
		return jdbc.sql("select id, year from lobby_campaign where year <= :year order by year desc limit 1")
			.param("year", meeting.heldOn().getYear())
			.query((rs, row) -> new CampaignRef(rs.getLong(1), rs.getInt(2)))
			.optional();
	}

	/** Of these municipality names, those the campaign's letter went out to (as the register spells them). */
	public Map<String, String> lettersSent(long campaignId, Collection<String> municipalities) {
		Map<String, String> found = new LinkedHashMap<>();
		jdbc.sql("""
				select municipality from lobby_letter
				where campaign_id = :campaign and state <> 'WAITING' and lower(municipality) = any(:names)
				""")
			.param("campaign", campaignId)
			.param("names", municipalities.stream().map(m -> m.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
			.query((rs, row) -> found.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(1)))
			.list();
		return found;
	}

	// points

	private static final String POINT = "select id, meeting_id, number, title, explanation, signal_ids from lobby_paper_point";

	public List<Point> points(long meetingId) {
		return jdbc.sql(POINT + " where meeting_id = :meeting order by number limit 100")
			.param("meeting", meetingId)
			.query((rs, row) -> point(rs))
			.list();
	}

	public Optional<Point> point(long meetingId, long id) {
		return jdbc.sql(POINT + " where meeting_id = :meeting and id = :id")
			.param("meeting", meetingId)
			.param("id", id)
			.query((rs, row) -> point(rs))
			.optional();
	}

	/** The council responses the points of a meeting cite, by point: one query. */
	public Map<Long, List<CitedResponse>> responses(long meetingId) {
		Map<Long, List<CitedResponse>> byPoint = new LinkedHashMap<>();
		jdbc.sql("""
				select r.point_id, r.campaign_id, c.year, r.municipality, l.response, l.response_on
				from lobby_paper_response r
				join lobby_paper_point p on p.id = r.point_id
				join lobby_letter l on l.campaign_id = r.campaign_id and l.municipality = r.municipality
				join lobby_campaign c on c.id = r.campaign_id
				where p.meeting_id = :meeting order by r.point_id, r.municipality limit 2000
				""")
			.param("meeting", meetingId)
			.query((rs, row) -> byPoint.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new CitedResponse(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
						Response.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class))))
			.list();
		return byPoint;
	}

	/**
	 * Adds ({@code id} null) or changes a point with the letters of {@code campaignId} to the councils
	 * it cites; publishes the newly cited signals.
	 */
	@Transactional
	public long savePoint(Meeting meeting, @Nullable Long id, int number, String title, String explanation, List<Long> signals,
			@Nullable Long campaignId, List<String> municipalities) {
		List<Long> before = id == null ? List.of() : point(meeting.id(), id).map(Point::signalIds).orElse(List.of());
		long saved;
		try {
			saved = jdbc.sql(id == null ? """
					insert into lobby_paper_point (meeting_id, number, title, explanation, signal_ids)
					values (:meeting, :number, :title, :explanation, :signals) returning id
					""" : """
					update lobby_paper_point set number = :number, title = :title, explanation = :explanation,
					       signal_ids = :signals where id = :id and meeting_id = :meeting returning id
					""")
				.param("id", id)
				.param("meeting", meeting.id())
				.param("number", number)
				.param("title", title)
				.param("explanation", explanation)
				.param("signals", signals.toArray(Long[]::new))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new NumberTaken();
		}
		jdbc.sql("delete from lobby_paper_response where point_id = :point").param("point", saved).update();
		if (campaignId != null && !municipalities.isEmpty()) {
			jdbc.sql("""
					insert into lobby_paper_response (point_id, campaign_id, municipality)
					select :point, :campaign, m from unnest(cast(:names as text[])) m on conflict do nothing
					""")
				.param("point", saved)
				.param("campaign", campaignId)
				.param("names", municipalities.toArray(String[]::new))
				.update();
		}
		CitedSignals.announceNew(events, saved, before, signals, LocalDate.now(clock),
				"Punt " + number + " van het position paper voor de staatssecretaris (" + meeting.heldOn() + "): " + title);
		return saved;
	}

	@Transactional
	public void removePoint(long meetingId, long id) {
		jdbc.sql("delete from lobby_paper_point where meeting_id = :meeting and id = :id")
			.param("meeting", meetingId)
			.param("id", id)
			.update();
	}

	/** Where a point (a lobby item id) of a published meeting's paper is shown. */
	public Optional<String> publicHrefOf(long itemId) {
		return jdbc.sql("""
				select '/lobby/staatssecretaris/' || m.id || '#punt-' || p.number from lobby_paper_point p
				join lobby_meeting m on m.id = p.meeting_id where p.id = :id and m.published
				""")
			.param("id", itemId)
			.query(String.class)
			.optional();
	}

	// commitments

	private static final String COMMITMENT = """
			select c.id, c.meeting_id, m.held_on, c.what, c.status, c.note, c.checked_on
			from lobby_commitment c join lobby_meeting m on m.id = c.meeting_id""";

	public List<Commitment> commitments(long meetingId) {
		return jdbc.sql(COMMITMENT + " where c.meeting_id = :meeting order by c.id limit 200")
			.param("meeting", meetingId)
			.query((rs, row) -> commitment(rs))
			.list();
	}

	/** Commitments of meetings before this one that are still open: what to check at this meeting. */
	public List<Commitment> openBefore(Meeting meeting) {
		return jdbc.sql(COMMITMENT + " where c.status = 'OPEN' and (m.held_on, m.id) < (:on, :id) order by m.held_on, c.id limit 200")
			.param("on", meeting.heldOn())
			.param("id", meeting.id())
			.query((rs, row) -> commitment(rs))
			.list();
	}

	public Optional<Commitment> commitment(long id) {
		return jdbc.sql(COMMITMENT + " where c.id = :id").param("id", id).query((rs, row) -> commitment(rs)).optional();
	}

	@Transactional
	public long addCommitment(long meetingId, String what) {
		return jdbc.sql("insert into lobby_commitment (meeting_id, what) values (:meeting, :what) returning id")
			.param("meeting", meetingId)
			.param("what", what)
			.query(Long.class)
			.single();
	}

	/** Changes a commitment; a status other than open is dated today (the day it was checked). */
	@Transactional
	public void changeCommitment(long id, String what, CommitmentStatus status, String note) {
		jdbc.sql("""
				update lobby_commitment set what = :what, note = :note, status = :status,
				       checked_on = case when :status = 'OPEN' then null when status = :status then checked_on else :today end
				where id = :id
				""")
			.param("id", id)
			.param("what", what)
			.param("status", status.name())
			.param("note", note)
			.param("today", LocalDate.now(clock))
			.update();
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		return new Meeting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getBoolean(7));
	}

	private static Point point(ResultSet rs) throws SQLException {
		return new Point(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				Campaigns.ids(rs.getArray(6)));
	}

	private static Commitment commitment(ResultSet rs) throws SQLException {
		return new Commitment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
				CommitmentStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, LocalDate.class));
	}
}
