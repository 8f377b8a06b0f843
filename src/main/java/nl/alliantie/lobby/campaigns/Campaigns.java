package nl.alliantie.lobby.campaigns;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.lobby.trail.CitedSignals;
import nl.alliantie.lobby.CampaignId;
import nl.alliantie.signals.SignalUsedInLobby;

/** Campaigns and their proposals. A proposal that cites a signal publishes {@link SignalUsedInLobby} once per signal. */
@Component
public class Campaigns {

	/** A year already has a campaign. */
	public static class YearTaken extends RuntimeException {
	}

	/** A campaign already has a proposal with this number. */
	public static class NumberTaken extends RuntimeException {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public Clock clock() {
		return clock;
	}

	public Optional<Campaign> find(long id) {
		return jdbc.sql("select id, year, title, national_text, send_on from lobby_campaign where id = :id")
			.param("id", id)
			.query((rs, row) -> campaign(rs))
			.optional();
	}

	public Optional<Campaign> ofYear(int year) {
		return jdbc.sql("select id, year, title, national_text, send_on from lobby_campaign where year = :year")
			.param("year", year)
			.query((rs, row) -> campaign(rs))
			.optional();
	}

	/** The campaign of this year, else the newest before it. */
	public Optional<Campaign> current() {
		return jdbc.sql("""
				select id, year, title, national_text, send_on from lobby_campaign
				order by year <= :year desc, year desc limit 1
				""")
			.param("year", LocalDate.now(clock).getYear())
			.query((rs, row) -> campaign(rs))
			.optional();
	}

	/** Newest first; {@code limit + 1} rows so the caller knows whether there is a next page. */
	public List<Campaign> page(int page, int limit) {
		return jdbc.sql("select id, year, title, national_text, send_on from lobby_campaign order by year desc limit :limit offset :offset")
			.param("limit", limit + 1)
			.param("offset", (Math.max(1, page) - 1) * limit)
			.query((rs, row) -> campaign(rs))
			.list();
	}

	public List<Integer> years() {
		return jdbc.sql("select year from lobby_campaign order by year desc limit 100").query(Integer.class).list();
	}

	@Transactional
	public CampaignId create(int year, String title, String text, LocalDate sendOn) {
		Long id = jdbc.sql("""
				insert into lobby_campaign (year, title, national_text, send_on) values (:year, :title, :text, :sendOn)
				on conflict (year) do nothing returning id
				""")
			.param("year", year)
			.param("title", title)
			.param("text", text)
			.param("sendOn", sendOn)
			.query(Long.class)
			.optional()
			.orElseThrow(YearTaken::new);
		return new CampaignId(id);
	}

	@Transactional
	public void update(CampaignId id, String title, String text, LocalDate sendOn) {
		jdbc.sql("update lobby_campaign set title = :title, national_text = :text, send_on = :sendOn where id = :id")
			.param("id", id.value())
			.param("title", title)
			.param("text", text)
			.param("sendOn", sendOn)
			.update();
	}

	public List<Proposal> proposals(CampaignId campaign) {
		return jdbc.sql("""
				select id, campaign_id, number, title, explanation, signal_ids from lobby_proposal
				where campaign_id = :id order by number
				""")
			.param("id", campaign.value())
			.query((rs, row) -> proposal(rs))
			.list();
	}

	public Optional<Proposal> proposal(CampaignId campaign, long id) {
		return jdbc.sql("""
				select id, campaign_id, number, title, explanation, signal_ids from lobby_proposal
				where campaign_id = :campaign and id = :id
				""")
			.param("campaign", campaign.value())
			.param("id", id)
			.query((rs, row) -> proposal(rs))
			.optional();
	}

	/** Adds ({@code id} null) or changes a proposal; publishes the newly cited signals. */
	@Transactional
	public long saveProposal(Campaign campaign, @Nullable Long id, int number, String title, String explanation, List<Long> signals) {
		List<Long> before = id == null ? List.of()
				: proposal(campaign.id(), id).map(Proposal::signalIds).orElse(List.of());
		Long saved;
		try {
			saved = id == null ? jdbc.sql("""
					insert into lobby_proposal (campaign_id, number, title, explanation, signal_ids)
					values (:campaign, :number, :title, :explanation, :signals) on conflict (campaign_id, number) do nothing returning id
					""")
				.param("campaign", campaign.id().value())
				.param("number", number)
				.param("title", title)
				.param("explanation", explanation)
				.param("signals", signals.toArray(Long[]::new))
				.query(Long.class)
				.optional()
				.orElseThrow(NumberTaken::new)
					: jdbc.sql("""
							update lobby_proposal set number = :number, title = :title, explanation = :explanation, signal_ids = :signals
							where id = :id and campaign_id = :campaign returning id
							""")
						.param("id", id)
						.param("campaign", campaign.id().value())
						.param("number", number)
						.param("title", title)
						.param("explanation", explanation)
						.param("signals", signals.toArray(Long[]::new))
						.query(Long.class)
						.single();
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new NumberTaken();
		}
		CitedSignals.announceNew(events, saved, before, signals, LocalDate.now(clock),
				"Voorstel " + number + " van de raadsbrief " + campaign.year() + ": " + title);
		return saved;
	}

	@Transactional
	public void removeProposal(CampaignId campaign, long id) {
		jdbc.sql("delete from lobby_proposal where campaign_id = :campaign and id = :id")
			.param("campaign", campaign.value())
			.param("id", id)
			.update();
	}

	/** Where a lobby item id (proposal or local part) is shown to the public, when it exists. */
	public Optional<String> publicHrefOf(long itemId) {
		return jdbc.sql("""
				select '/lobby/' || c.year || '#voorstel-' || p.number from lobby_proposal p join lobby_campaign c on c.id = p.campaign_id where p.id = :id
				union all
				select '/lobby/' || c.year || '/brief/' || l.municipality from lobby_local_part l join lobby_campaign c on c.id = l.campaign_id where l.id = :id
				""")
			.param("id", itemId)
			.query(String.class)
			.optional();
	}

	static Campaign campaign(ResultSet rs) throws SQLException {
		return new Campaign(new CampaignId(rs.getLong(1)), rs.getInt(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class));
	}

	static Proposal proposal(ResultSet rs) throws SQLException {
		return new Proposal(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), ids(rs.getArray(6)));
	}

	public static List<Long> ids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return new ArrayList<>(Arrays.asList((Long[]) array.getArray()));
	}
}
