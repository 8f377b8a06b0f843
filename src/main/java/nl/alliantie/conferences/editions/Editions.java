package nl.alliantie.conferences.editions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition aggregate: an edition with its program template (blocks with times, copied to every
 * day) and its partners. Changing the template changes the same block on every day.
 */
@Service
public class Editions {

	/** The start of every query of editions; {@link #edition(ResultSet, int)} reads its rows. */
	static final String EDITIONS = "select id, year, theme, title, description from conferences_edition ";

	private final JdbcClient jdbc;

	private final Days days;

	private final PublicViews kept;

	Editions(JdbcClient jdbc, Days days, PublicViews kept) {
		this.jdbc = jdbc;
		this.days = days;
		this.kept = kept;
	}

	public Optional<Edition> edition(int year) {
		return jdbc.sql(EDITIONS + "where year = :year")
			.param("year", year)
			.query(Editions::edition)
			.optional();
	}

	/** Editions, newest first. */
	public List<Edition> editions(int offset, int limit) {
		return jdbc.sql(EDITIONS + "order by year desc offset :offset limit :limit")
			.param("offset", offset)
			.param("limit", limit)
			.query(Editions::edition)
			.list();
	}

	public Optional<Edition> byId(long editionId) {
		return jdbc.sql(EDITIONS + "where id = :id")
			.param("id", editionId)
			.query(Editions::edition)
			.optional();
	}

	public List<Block> blocks(long editionId) {
		return jdbc.sql("select id, position, kind, title, starts_at, ends_at from conferences_block where edition_id = :id order by position")
			.param("id", editionId)
			.query((rs, n) -> new Block(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class)))
			.list();
	}


	public List<Partner> partners(long editionId) {
		return jdbc.sql("select id, name, kind, contribution, logo_file_id from conferences_partner where edition_id = :id order by kind desc, name")
			.param("id", editionId)
			.query((rs, n) -> new Partner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5)))
			.list();
	}


	/** A new edition with the usual program template: opening, introduction, four contributions, intermezzo, workshops, closing. */
	@Transactional
	public long createEdition(int year, String theme, String title, String description) {
		long id = jdbc.sql("insert into conferences_edition (year, theme, title, description) values (:year, :theme, :title, :description) returning id")
			.param("year", year)
			.param("theme", theme.trim())
			.param("title", title.trim())
			.param("description", description == null ? "" : description.trim())
			.query(Long.class)
			.single();
		Object[][] template = { { "opening", "Opening", "10:00", "10:15" }, { "introduction", "Inleiding", "10:15", "11:00" },
				{ "contribution", "Uit de praktijk 1", "11:00", "11:15" }, { "contribution", "Uit de praktijk 2", "11:15", "11:30" },
				{ "contribution", "Uit de praktijk 3", "11:30", "11:45" }, { "contribution", "Uit de praktijk 4", "11:45", "12:00" },
				{ "intermezzo", "Intermezzo", "12:00", "12:15" }, { "workshops", "Werkgroepen", "13:15", "15:00" },
				{ "closing", "Afsluiting", "15:00", "15:30" } };
		for (Object[] block : template) {
			addBlock(id, (String) block[0], (String) block[1], LocalTime.parse((String) block[2]),
					LocalTime.parse((String) block[3]));
		}
		return id;
	}

	/** Adds a block to the template, and to every day already made. */
	@Transactional
	public void addBlock(long editionId, String kind, String title, LocalTime startsAt, LocalTime endsAt) {
		kept.forget();
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from conferences_block where edition_id = :id")
			.param("id", editionId)
			.query(Integer.class)
			.single();
		long blockId = jdbc.sql("""
				insert into conferences_block (edition_id, position, kind, title, starts_at, ends_at)
				values (:edition, :position, :kind, :title, :start, :end) returning id
				""")
			.param("edition", editionId)
			.param("position", position)
			.param("kind", kind)
			.param("title", title.trim())
			.param("start", startsAt)
			.param("end", endsAt)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into conferences_day_block (day_id, position, kind, title, starts_at, ends_at)
				select d.id, b.position, b.kind, b.title, b.starts_at, b.ends_at
				from conferences_block b join conferences_day d on d.edition_id = b.edition_id
				where b.id = :block
				on conflict do nothing
				""")
			.param("block", blockId)
			.update();
	}

	/** A block of an edition's program template. */
	public Optional<Block> block(long editionId, long blockId) {
		return blocks(editionId).stream().filter(block -> block.id() == blockId).findFirst();
	}

	/** Changes a block of the template, and the same block (same place in the program) on every day; speakers stay. */
	@Transactional
	public void updateBlock(long editionId, long blockId, String kind, String title, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt) {
		kept.forget();
		positionOf(editionId, blockId); // refuses a block of another edition
		jdbc.sql("update conferences_block set kind = :kind, title = :title, starts_at = :start, ends_at = :end where id = :id")
			.param("id", blockId)
			.param("kind", kind)
			.param("title", title.trim())
			.param("start", startsAt)
			.param("end", endsAt)
			.update();
		jdbc.sql("""
				update conferences_day_block db
				set kind = b.kind, title = b.title, starts_at = b.starts_at, ends_at = b.ends_at
				from conferences_block b join conferences_day d on d.edition_id = b.edition_id
				where b.id = :block and db.day_id = d.id and db.position = b.position
				""")
			.param("block", blockId)
			.update();
	}

	/** The speakers the days have in a block of the template (they go when the block goes). */
	public int speakersInBlock(long editionId, long blockId) {
		return jdbc.sql("""
				select count(*) from conferences_speaker s
				join conferences_day_block b on b.id = s.day_block_id
				join conferences_day d on d.id = b.day_id
				where d.edition_id = :edition and b.position = :position
				""")
			.param("edition", editionId)
			.param("position", positionOf(editionId, blockId))
			.query(Integer.class)
			.single();
	}

	/** Removes a block from the template and from every day, with the speakers the days had in it. */
	@Transactional
	public void removeBlock(long editionId, long blockId) {
		kept.forget();
		int position = positionOf(editionId, blockId);
		jdbc.sql("delete from conferences_day_block where position = :position and day_id in (select id from conferences_day where edition_id = :edition)")
			.param("edition", editionId)
			.param("position", position)
			.update();
		jdbc.sql("delete from conferences_block where id = :id").param("id", blockId).update();
	}

	private int positionOf(long editionId, long blockId) {
		return jdbc.sql("select position from conferences_block where id = :id and edition_id = :edition")
			.param("id", blockId)
			.param("edition", editionId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No block " + blockId + " in edition " + editionId));
	}


	public void addPartner(long editionId, String name, String kind, String contribution, @Nullable Long logoFileId) {
		kept.forget();
		jdbc.sql("insert into conferences_partner (edition_id, name, kind, contribution, logo_file_id) values (:edition, :name, :kind, :contribution, :logo)")
			.param("edition", editionId)
			.param("name", name.trim())
			.param("kind", kind)
			.param("contribution", blankToEmpty(contribution))
			.param("logo", logoFileId)
			.update();
	}


	/** Changes year, theme, title and description; a year that has an edition already throws {@link org.springframework.dao.DuplicateKeyException}. */
	@Transactional
	public void updateEdition(long editionId, int year, String theme, String title, String description) {
		kept.forget();
		jdbc.sql("update conferences_edition set year = :year, theme = :theme, title = :title, description = :description where id = :id")
			.param("year", year)
			.param("theme", theme.trim())
			.param("title", title.trim())
			.param("description", blankToEmpty(description))
			.param("id", editionId)
			.update();
	}

	/** People registered or waiting for any day of an edition. */
	public int activeRegistrationsOfEdition(long editionId) {
		return jdbc.sql("""
				select count(*) from conferences_registration r join conferences_day d on d.id = r.day_id
				where d.edition_id = :id and r.status <> 'cancelled'
				""")
			.param("id", editionId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Removes an edition with its days, program, workshops, partners and files; refused while anybody
	 * is registered or waiting for one of its days (their days are cancelled first, and they are told).
	 */
	@Transactional
	public Removal deleteEdition(long editionId) {
		jdbc.sql("select id from conferences_edition where id = :id for update").param("id", editionId).query(Long.class).list();
		// the lock every registration takes first: none can slip in while we count
		days.lockDaysOf(editionId);
		int active = activeRegistrationsOfEdition(editionId);
		if (active > 0) {
			return Removal.refused(active);
		}
		kept.forget();
		jdbc.sql("delete from conferences_edition where id = :id").param("id", editionId).update();
		return Removal.done();
	}


	private static String blankToEmpty(String text) {
		return text == null ? "" : text.trim();
	}

	static Edition edition(ResultSet rs, int n) throws SQLException {
		return new Edition(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5));
	}

}
