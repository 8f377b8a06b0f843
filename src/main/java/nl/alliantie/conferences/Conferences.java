package nl.alliantie.conferences;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.conferences.publications.Publications;

/** What other modules may read about the Alliantiedagen: the days, for a calendar or a home page; the editions; what was published. */
@Component
public class Conferences {

	/** One day as other modules see it. */
	public record DaySummary(DayId id, int year, int number, LocalDate date, String town, String venue, String region,
			int capacity, int registered) {

		public String path() {
			return "/alliantiedagen/" + year + "/" + number;
		}
	}

	private final JdbcClient jdbc;

	private final Publications publications;

	Conferences(JdbcClient jdbc, Publications publications) {
		this.jdbc = jdbc;
		this.publications = publications;
	}

	/**
	 * The reports, presentations and photos published so far (of the Alliantiedagen and of
	 * occasions) with a file id above {@code afterFile}, by id, at most {@code limit}, each as the
	 * {@link PublicationPublished} that told of it: for a module that starts listening after files
	 * were published (the document library's catch-up). One query.
	 */
	public List<PublicationPublished> publishedAfter(long afterFile, int limit) {
		return publications.publishedAfter(afterFile, limit);
	}

	/** The days from {@code from} on, earliest first, at most {@code limit}. */
	public List<DaySummary> daysFrom(LocalDate from, int limit) {
		return jdbc.sql("""
				select d.id, e.year, d.number, d.date, d.town, d.venue, d.region, d.capacity, d.taken
				from conferences_day d join conferences_edition e on e.id = d.edition_id
				where d.date >= :from order by d.date, d.id limit :limit
				""")
			.param("from", from)
			.param("limit", limit)
			.query((rs, n) -> new DaySummary(new DayId(rs.getLong(1)), rs.getInt(2), rs.getInt(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
					rs.getInt(9)))
			.list();
	}

	/** An edition with its days and who helped and paid for it, as the public sees them. */
	public record EditionSummary(int year, String theme, String title, String description, List<DaySummary> days,
			List<PartnerSummary> partners) {

		public String path() {
			return "/alliantiedagen/" + year;
		}
	}

	/** A partner (help with the organisation, {@code funder} false) or a funder (money) of an edition. */
	public record PartnerSummary(String name, boolean funder, String contribution) {
	}

	/**
	 * The editions after {@code afterYear}, oldest first, at most {@code limit}, with their days and
	 * partners: three queries whatever the number (keyset paging by year for the open data API, and
	 * the partners page).
	 */
	public List<EditionSummary> editionsAfter(int afterYear, int limit) {
		record Edition(long id, int year, String theme, String title, String description) {
		}
		List<Edition> editions = jdbc.sql("""
				select id, year, theme, title, description from conferences_edition where year > :after
				order by year limit :limit
				""")
			.param("after", afterYear)
			.param("limit", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> new Edition(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		if (editions.isEmpty()) {
			return List.of();
		}
		Long[] ids = editions.stream().map(Edition::id).toArray(Long[]::new);
		java.util.Map<Long, List<DaySummary>> days = new java.util.HashMap<>();
		jdbc.sql("""
				select d.edition_id, d.id, e.year, d.number, d.date, d.town, d.venue, d.region, d.capacity, d.taken
				from conferences_day d join conferences_edition e on e.id = d.edition_id
				where d.edition_id = any(:ids) order by d.date, d.number
				""")
			.param("ids", ids)
			.query((rs, n) -> java.util.Map.entry(rs.getLong(1), new DaySummary(new DayId(rs.getLong(2)), rs.getInt(3),
					rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getInt(9), rs.getInt(10))))
			.list()
			.forEach(day -> days.computeIfAbsent(day.getKey(), k -> new java.util.ArrayList<>()).add(day.getValue()));
		java.util.Map<Long, List<PartnerSummary>> partners = new java.util.HashMap<>();
		jdbc.sql("""
				select edition_id, name, kind = 'funder', contribution from conferences_partner
				where edition_id = any(:ids) order by kind desc, name
				""")
			.param("ids", ids)
			.query((rs, n) -> java.util.Map.entry(rs.getLong(1),
					new PartnerSummary(rs.getString(2), rs.getBoolean(3), rs.getString(4))))
			.list()
			.forEach(partner -> partners.computeIfAbsent(partner.getKey(), k -> new java.util.ArrayList<>())
				.add(partner.getValue()));
		return editions.stream()
			.map(edition -> new EditionSummary(edition.year(), edition.theme(), edition.title(), edition.description(),
					List.copyOf(days.getOrDefault(edition.id(), List.of())),
					List.copyOf(partners.getOrDefault(edition.id(), List.of()))))
			.toList();
	}
}
