package nl.alliantie.lobby.letters;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a campaign, one row per municipality: made once when sending starts (a second
 * start changes nothing), then claimed one by one by the dispatcher; and each council's response.
 */
@Component
public class LetterStore {

	/** The letter of one municipality as the overview shows it. */
	public record Row(long campaignId, String municipality, String griffieEmail, LetterState state, @Nullable Instant queuedAt,
			Response response, LocalDate responseOn, String responseNote, String documentName, boolean localPart) {
	}

	/** How far the sending of a campaign is. */
	public record Progress(int waiting, int queued, int noAddress) {

		public int total() {
			return waiting + queued + noAddress;
		}

		public int done() {
			return queued + noAddress;
		}

		public boolean started() {
			return total() > 0;
		}

		public boolean finished() {
			return started() && waiting == 0;
		}

		public int percent() {
			return total() == 0 ? 0 : done() * 100 / total();
		}
	}

	/** A letter claimed for sending. */
	record Claimed(long campaignId, String municipality, String griffieEmail) {
	}

	/** An uploaded answer of a council. */
	public record Document(String name, String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;

	LetterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the letter rows of every municipality (one statement) to go out from {@code after};
	 * rows already there are left alone, so starting twice sends each letter once.
	 *
	 * @return how many rows were made now
	 */
	@Transactional
	public int start(long campaignId, List<String> municipalities, Map<String, String> griffies, Instant after) {
		String[] names = municipalities.toArray(String[]::new);
		String[] addresses = municipalities.stream().map(griffies::get).toArray(String[]::new);
		return jdbc.sql("""
				insert into lobby_letter (campaign_id, municipality, griffie_email, state, send_after)
				select :campaign, m.name, m.email, case when m.email is null then 'NO_ADDRESS' else 'WAITING' end, :after
				from unnest(cast(:names as text[]), cast(:emails as text[])) as m(name, email)
				on conflict (campaign_id, municipality) do nothing
				""")
			.param("campaign", campaignId)
			.param("names", names)
			.param("emails", addresses)
			.param("after", Timestamp.from(after))
			.update();
	}

	/** The next letter due, locked for this transaction; others skip it. */
	Optional<Claimed> claimNext(Instant now) {
		return jdbc.sql("""
				select campaign_id, municipality, griffie_email from lobby_letter
				where state = 'WAITING' and send_after <= :now
				order by send_after, campaign_id, municipality limit 1
				for update skip locked
				""")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	void markQueued(Claimed letter, Instant now) {
		jdbc.sql("update lobby_letter set state = 'QUEUED', queued_at = :now where campaign_id = :campaign and municipality = :municipality")
			.param("now", Timestamp.from(now))
			.param("campaign", letter.campaignId())
			.param("municipality", letter.municipality())
			.update();
	}

	void postpone(Claimed letter, Instant until) {
		jdbc.sql("update lobby_letter set send_after = :until where campaign_id = :campaign and municipality = :municipality and state = 'WAITING'")
			.param("until", Timestamp.from(until))
			.param("campaign", letter.campaignId())
			.param("municipality", letter.municipality())
			.update();
	}

	/** Whether any letter waits for a moment that has come; cheap (partial index). */
	boolean anyDue(Instant now) {
		return jdbc.sql("select exists (select 1 from lobby_letter where state = 'WAITING' and send_after <= :now)")
			.param("now", Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	public Progress progress(long campaignId) {
		return jdbc.sql("""
				select count(*) filter (where state = 'WAITING'), count(*) filter (where state = 'QUEUED'),
				       count(*) filter (where state = 'NO_ADDRESS')
				from lobby_letter where campaign_id = :campaign
				""")
			.param("campaign", campaignId)
			.query((rs, row) -> new Progress(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/** When the sending of a campaign was set to start, if it was. */
	public Optional<Instant> sendAfter(long campaignId) {
		// min() of no rows or of nulls is one null row: empty
		return jdbc.sql("select min(send_after) from lobby_letter where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant);
	}

	private static final String SELECT = """
			select l.campaign_id, l.municipality, l.griffie_email, l.state, l.queued_at, l.response, l.response_on,
			       l.response_note, l.document_name, p.approved_version is not null
			from lobby_letter l
			left join lobby_local_part p on p.campaign_id = l.campaign_id and p.municipality = l.municipality
			""";

	public Optional<Row> find(long campaignId, String municipality) {
		return jdbc.sql(SELECT + " where l.campaign_id = :campaign and l.municipality = :municipality")
			.param("campaign", campaignId)
			.param("municipality", municipality)
			.query((rs, row) -> row(rs))
			.optional();
	}

	/** A page of the campaign's letters by municipality, optionally only one response; one query. */
	public List<Row> page(long campaignId, Response response, int page, int limit) {
		return jdbc.sql(SELECT + """
				 where l.campaign_id = :campaign and (cast(:response as text) is null or l.response = :response)
				order by l.municipality limit :limit offset :offset
				""")
			.param("campaign", campaignId)
			.param("response", response == null ? null : response.name())
			.param("limit", limit + 1)
			.param("offset", (Math.max(1, page) - 1) * limit)
			.query((rs, row) -> row(rs))
			.list();
	}

	/** Every letter of a campaign (for the CSV and the map), by municipality. */
	public List<Row> all(long campaignId) {
		return jdbc.sql(SELECT + " where l.campaign_id = :campaign order by l.municipality")
			.param("campaign", campaignId)
			.query((rs, row) -> row(rs))
			.list();
	}

	/** The response of every letter of a campaign that went out, by municipality: one query. */
	public Map<String, Response> responses(long campaignId) {
		Map<String, Response> responses = new java.util.HashMap<>();
		jdbc.sql("select municipality, response from lobby_letter where campaign_id = :campaign and state <> 'WAITING'")
			.param("campaign", campaignId)
			.query((rs, row) -> responses.put(rs.getString(1), Response.valueOf(rs.getString(2))))
			.list();
		return responses;
	}

	/** How many letters of a campaign have each response. */
	public Map<Response, Integer> responseCounts(long campaignId) {
		Map<Response, Integer> counts = new java.util.EnumMap<>(Response.class);
		jdbc.sql("select response, count(*) from lobby_letter where campaign_id = :campaign and state <> 'WAITING' group by response")
			.param("campaign", campaignId)
			.query((rs, row) -> counts.put(Response.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	/** Records the council's response; a document replaces the one before, {@code null} keeps it. */
	@Transactional
	public boolean respond(long campaignId, String municipality, Response response, @Nullable LocalDate on, String note, @Nullable Document document) {
		return jdbc.sql("""
				update lobby_letter set response = :response, response_on = :on, response_note = :note,
				       document_name = coalesce(:name, document_name), document_type = coalesce(:type, document_type),
				       document = coalesce(:content, document)
				where campaign_id = :campaign and municipality = :municipality and state <> 'WAITING'
				""")
			.param("campaign", campaignId)
			.param("municipality", municipality)
			.param("response", response.name())
			.param("on", on)
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("name", document == null ? null : document.name())
			.param("type", document == null ? null : document.contentType())
			.param("content", document == null ? null : document.content())
			.update() == 1;
	}

	public Optional<Document> document(long campaignId, String municipality) {
		return jdbc.sql("""
				select document_name, document_type, document from lobby_letter
				where campaign_id = :campaign and municipality = :municipality and document is not null
				""")
			.param("campaign", campaignId)
			.param("municipality", municipality)
			.query((rs, row) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp queued = rs.getTimestamp(5);
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), LetterState.valueOf(rs.getString(4)),
				queued == null ? null : queued.toInstant(), Response.valueOf(rs.getString(6)),
				rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getBoolean(10));
	}
}
