package nl.alliantie.lobby;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other pages may read of the lobby: the newest council letter of a municipality and what came of it. */
@Service
public class Lobby {

	/**
	 * The letter of the newest campaign that reached a municipality; {@code localPart}: it carried
	 * an approved local part; {@code response} the council's response (an English enum name of
	 * {@code lobby.letters.Response}) and when.
	 */
	public record LetterSummary(CampaignId campaign, int year, String municipality, LocalDate sentOn,
			boolean localPart, String response, LocalDate respondedOn) {

		public String href() {
			return "/lobby/" + year + "/brief/" + municipality;
		}
	}

	private final JdbcClient jdbc;

	Lobby(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The consultations with the state secretary that are public now, with an id above
	 * {@code afterMeeting}, by id, at most {@code limit}, each as the {@link PositionPaperPublished}
	 * that told of it: for a module that starts listening after papers were made public (the
	 * document library's catch-up). One query on the primary key.
	 */
	public java.util.List<PositionPaperPublished> positionPapersAfter(long afterMeeting, int limit) {
		return jdbc.sql("""
				select id, held_on, title from lobby_meeting where id > :after and published order by id limit :limit
				""")
			.param("after", afterMeeting)
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, row) -> new PositionPaperPublished(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.list();
	}

	/** One query. */
	public Optional<LetterSummary> letterOf(String municipality) {
		return jdbc.sql("""
				select c.id, c.year, l.municipality, l.queued_at, p.approved_version is not null, l.response, l.response_on
				from lobby_letter l
				join lobby_campaign c on c.id = l.campaign_id
				left join lobby_local_part p on p.campaign_id = l.campaign_id and p.municipality = l.municipality
				where l.municipality = :municipality and l.state = 'QUEUED'
				order by c.year desc limit 1
				""")
			.param("municipality", municipality)
			.query((rs, row) -> new LetterSummary(new CampaignId(rs.getLong(1)), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toInstant().atZone(nl.alliantie.shared.time.DutchTime.ZONE).toLocalDate(),
					rs.getBoolean(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
			.optional();
	}

	/**
	 * The letter of the newest campaign that reached each of these municipalities, by municipality:
	 * one query (the open data API lists municipalities a page at a time).
	 */
	public java.util.Map<String, LetterSummary> lettersOf(java.util.Collection<String> municipalities) {
		if (municipalities.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, LetterSummary> letters = new java.util.HashMap<>();
		jdbc.sql("""
				select distinct on (l.municipality) c.id, c.year, l.municipality, l.queued_at,
				       p.approved_version is not null, l.response, l.response_on
				from lobby_letter l
				join lobby_campaign c on c.id = l.campaign_id
				left join lobby_local_part p on p.campaign_id = l.campaign_id and p.municipality = l.municipality
				where l.municipality = any(:names) and l.state = 'QUEUED'
				order by l.municipality, c.year desc
				""")
			.param("names", municipalities.toArray(String[]::new))
			.query((rs, row) -> new LetterSummary(new CampaignId(rs.getLong(1)), rs.getInt(2), rs.getString(3),
					rs.getTimestamp(4).toInstant().atZone(nl.alliantie.shared.time.DutchTime.ZONE).toLocalDate(),
					rs.getBoolean(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
			.list()
			.forEach(letter -> letters.put(letter.municipality(), letter));
		return letters;
	}
}
