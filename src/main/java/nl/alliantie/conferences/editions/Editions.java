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
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editions, their program template, days, speakers, workshops and partners: reading them for the
 * pages and making them for the secretariat. Every read is a fixed number of queries.
 */
@Service
public class Editions {

	/** The start of every query of editions; {@link #edition(java.sql.ResultSet, int)} reads its rows. */
	static final String EDITIONS = "select id, year, theme, title, description from conferences_edition ";

	static final String DAY_COLUMNS = """
			d.id, d.edition_id, e.year, d.number, d.date, d.town, d.venue, d.address, d.region, d.capacity, d.taken,
			(select count(*) from conferences_registration r where r.day_id = d.id and r.status = 'waiting') as waiting,
			d.sequence
			""";

	static final String SESSION_COLUMNS = """
			s.id, s.day_id, s.workshop_id, w.number, w.title, w.facilitator, s.capacity, s.minimum, s.taken,
			(select count(*) from conferences_registration r
			 where r.session_id = s.id and r.workshop_status = 'waiting' and r.status = 'registered') as waiting
			""";

	/** How long a public page may show slightly old counts; the admin pages always read fresh. */
	static final long PUBLIC_TTL_NANOS = 2_000_000_000L;

	private record Cached<T>(T value, long at, java.util.concurrent.atomic.AtomicBoolean reading) {

		Cached(T value, long at) {
			this(value, at, new java.util.concurrent.atomic.AtomicBoolean());
		}

		boolean fresh() {
			return System.nanoTime() - at < PUBLIC_TTL_NANOS;
		}

		/** Whether this caller is the one to read the value again. */
		boolean claim() {
			return reading.compareAndSet(false, true);
		}

		void release() {
			reading.set(false);
		}
	}

	private final JdbcClient jdbc;

	private final Map<Integer, Cached<EditionView>> publicEditions = new ConcurrentHashMap<>();

	private final Map<Long, Cached<DayView>> publicDays = new ConcurrentHashMap<>();

	Editions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The edition for its public page, read at most once every two seconds: the page is the one
	 * everybody opens when the invitation goes out, and counts two seconds old are fine there.
	 */
	public Optional<EditionView> publicView(int year) {
		return fresh(publicEditions, year, () -> view(year));
	}

	/** A day for its public page, like {@link #publicView(int)}. */
	public Optional<DayView> publicDay(int year, int number) {
		return fresh(publicDays, year * 1000L + number, () -> day(year, number));
	}

	/**
	 * The kept value while it is fresh. When it runs out, one request reads it again while the
	 * others keep getting the old one for that moment: without that, every request arriving in
	 * that instant read the whole edition at once and waited for each other (a p99 of 400 ms).
	 */
	private static <K, V> Optional<V> fresh(Map<K, Cached<V>> kept, K key, java.util.function.Supplier<Optional<V>> read) {
		Cached<V> cached = kept.get(key);
		if (cached != null && cached.fresh()) {
			return Optional.of(cached.value());
		}
		if (cached != null && !cached.claim()) {
			return Optional.of(cached.value());
		}
		Optional<V> value;
		try {
			value = read.get();
		}
		catch (RuntimeException failed) {
			if (cached != null) {
				cached.release();
			}
			throw failed;
		}
		value.ifPresentOrElse(v -> kept.put(key, new Cached<>(v, System.nanoTime())), () -> kept.remove(key));
		return value;
	}

	/** After the secretariat changed something, the public pages show it at once. */
	void forgetPublicPages() {
		publicEditions.clear();
		publicDays.clear();
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

	public Optional<EditionView> view(int year) {
		return edition(year).map(edition -> new EditionView(edition, blocks(edition.id()), days(edition.id()),
				workshops(edition.id()), sessionsOfEdition(edition.id()), partners(edition.id())));
	}

	public Optional<DayView> day(int year, int number) {
		Optional<Day> day = jdbc.sql("select " + DAY_COLUMNS + " from conferences_day d join conferences_edition e on e.id = d.edition_id where e.year = :year and d.number = :number")
			.param("year", year)
			.param("number", number)
			.query(Editions::day)
			.optional();
		return day.map(found -> new DayView(edition(year).orElseThrow(), found, dayBlocks(found.id()), sessionsOfDay(found.id())));
	}

	public Optional<DayView> day(long dayId) {
		Optional<Day> day = dayById(dayId);
		if (day.isEmpty()) {
			return Optional.empty();
		}
		Edition edition = jdbc.sql(EDITIONS + "where id = :id")
			.param("id", day.get().editionId())
			.query(Editions::edition)
			.single();
		return Optional.of(new DayView(edition, day.get(), dayBlocks(dayId), sessionsOfDay(dayId)));
	}

	public Optional<Day> dayById(long dayId) {
		return jdbc.sql("select " + DAY_COLUMNS + " from conferences_day d join conferences_edition e on e.id = d.edition_id where d.id = :id")
			.param("id", dayId)
			.query(Editions::day)
			.optional();
	}

	public Optional<Session> session(long sessionId) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from conferences_session s join conferences_workshop w on w.id = s.workshop_id where s.id = :id")
			.param("id", sessionId)
			.query(Editions::session)
			.optional();
	}

	List<Block> blocks(long editionId) {
		return jdbc.sql("select id, position, kind, title, starts_at, ends_at from conferences_block where edition_id = :id order by position")
			.param("id", editionId)
			.query((rs, n) -> new Block(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class)))
			.list();
	}

	List<Day> days(long editionId) {
		return jdbc.sql("select " + DAY_COLUMNS + " from conferences_day d join conferences_edition e on e.id = d.edition_id where d.edition_id = :id order by d.date, d.number")
			.param("id", editionId)
			.query(Editions::day)
			.list();
	}

	List<Workshop> workshops(long editionId) {
		return jdbc.sql("select id, number, title, description, facilitator from conferences_workshop where edition_id = :id order by number")
			.param("id", editionId)
			.query((rs, n) -> new Workshop(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	List<Session> sessionsOfEdition(long editionId) {
		return jdbc.sql("select " + SESSION_COLUMNS + """
				 from conferences_session s join conferences_workshop w on w.id = s.workshop_id
				where w.edition_id = :id order by s.day_id, w.number
				""")
			.param("id", editionId)
			.query(Editions::session)
			.list();
	}

	List<Session> sessionsOfDay(long dayId) {
		return jdbc.sql("select " + SESSION_COLUMNS + """
				 from conferences_session s join conferences_workshop w on w.id = s.workshop_id
				where s.day_id = :id order by w.number
				""")
			.param("id", dayId)
			.query(Editions::session)
			.list();
	}

	List<Partner> partners(long editionId) {
		return jdbc.sql("select id, name, kind, contribution, logo_file_id from conferences_partner where edition_id = :id order by kind desc, name")
			.param("id", editionId)
			.query((rs, n) -> new Partner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5)))
			.list();
	}

	List<DayBlock> dayBlocks(long dayId) {
		Map<Long, List<Speaker>> speakers = new LinkedHashMap<>();
		jdbc.sql("""
				select s.id, s.day_block_id, s.name, s.organisation, s.title, s.bio
				from conferences_speaker s join conferences_day_block b on b.id = s.day_block_id
				where b.day_id = :id order by s.id
				""")
			.param("id", dayId)
			.query((rs, n) -> new Speaker(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6)))
			.list()
			.forEach(speaker -> speakers.computeIfAbsent(speaker.dayBlockId(), k -> new ArrayList<>()).add(speaker));
		return jdbc.sql("select id, position, kind, title, starts_at, ends_at from conferences_day_block where day_id = :id order by position")
			.param("id", dayId)
			.query((rs, n) -> new DayBlock(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class),
					List.copyOf(speakers.getOrDefault(rs.getLong(1), List.of()))))
			.list();
	}

	// ---- making an edition (the secretariat) ----

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
		forgetPublicPages();
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
	public void updateBlock(long editionId, long blockId, String kind, String title, LocalTime startsAt, LocalTime endsAt) {
		forgetPublicPages();
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
		forgetPublicPages();
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

	/** A new day; the program template is copied to it. Returns its number within the edition. */
	@Transactional
	public int addDay(long editionId, LocalDate date, String town, String venue, String address, String region,
			int capacity) {
		forgetPublicPages();
		jdbc.sql("select id from conferences_edition where id = :id for update").param("id", editionId).query(Long.class).single();
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from conferences_day where edition_id = :id")
			.param("id", editionId)
			.query(Integer.class)
			.single();
		long dayId = jdbc.sql("""
				insert into conferences_day (edition_id, number, date, town, venue, address, region, capacity)
				values (:edition, :number, :date, :town, :venue, :address, :region, :capacity) returning id
				""")
			.param("edition", editionId)
			.param("number", number)
			.param("date", date)
			.param("town", town.trim())
			.param("venue", venue.trim())
			.param("address", address.trim())
			.param("region", region == null || region.isBlank() ? null : region.trim())
			.param("capacity", capacity)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into conferences_day_block (day_id, position, kind, title, starts_at, ends_at)
				select :day, position, kind, title, starts_at, ends_at from conferences_block where edition_id = :edition
				""")
			.param("day", dayId)
			.param("edition", editionId)
			.update();
		return number;
	}

	/** Adds a speaker to a block of a day; false when the block is not of that day. */
	public boolean addSpeaker(long dayId, long dayBlockId, String name, String organisation, String title, String bio) {
		forgetPublicPages();
		return jdbc.sql("""
				insert into conferences_speaker (day_block_id, name, organisation, title, bio)
				select b.id, :name, :organisation, :title, :bio from conferences_day_block b where b.id = :block and b.day_id = :day
				""")
			.param("block", dayBlockId)
			.param("day", dayId)
			.param("name", name.trim())
			.param("organisation", blankToEmpty(organisation))
			.param("title", blankToEmpty(title))
			.param("bio", blankToEmpty(bio))
			.update() == 1;
	}

	@Transactional
	public long addWorkshop(long editionId, String title, String description, String facilitator) {
		forgetPublicPages();
		jdbc.sql("select id from conferences_edition where id = :id for update").param("id", editionId).query(Long.class).single();
		return jdbc.sql("""
				insert into conferences_workshop (edition_id, number, title, description, facilitator)
				values (:edition, (select coalesce(max(number), 0) + 1 from conferences_workshop where edition_id = :edition),
				        :title, :description, :facilitator) returning id
				""")
			.param("edition", editionId)
			.param("title", title.trim())
			.param("description", blankToEmpty(description))
			.param("facilitator", blankToEmpty(facilitator))
			.query(Long.class)
			.single();
	}

	/** Offers a workshop of the day's edition on that day; false when it is already offered or not of this edition. */
	public boolean offerWorkshop(long dayId, long workshopId, int capacity, int minimum) {
		forgetPublicPages();
		return jdbc.sql("""
				insert into conferences_session (day_id, workshop_id, capacity, minimum)
				select d.id, w.id, :capacity, :minimum from conferences_day d
				join conferences_workshop w on w.edition_id = d.edition_id
				where d.id = :day and w.id = :workshop
				on conflict (day_id, workshop_id) do nothing
				""")
			.param("day", dayId)
			.param("workshop", workshopId)
			.param("capacity", capacity)
			.param("minimum", minimum)
			.update() == 1;
	}

	public void addPartner(long editionId, String name, String kind, String contribution, Long logoFileId) {
		forgetPublicPages();
		jdbc.sql("insert into conferences_partner (edition_id, name, kind, contribution, logo_file_id) values (:edition, :name, :kind, :contribution, :logo)")
			.param("edition", editionId)
			.param("name", name.trim())
			.param("kind", kind)
			.param("contribution", blankToEmpty(contribution))
			.param("logo", logoFileId)
			.update();
	}

	// ---- changing and removing (the secretariat) ----

	/** The outcome of removing something: removed, or refused because people are registered or waiting. */
	public record Removal(boolean removed, int registrations) {

		static Removal done() {
			return new Removal(true, 0);
		}

		static Removal refused(int registrations) {
			return new Removal(false, registrations);
		}
	}

	/** Changes year, theme, title and description; a year that has an edition already throws {@link org.springframework.dao.DuplicateKeyException}. */
	@Transactional
	public void updateEdition(long editionId, int year, String theme, String title, String description) {
		forgetPublicPages();
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
		lockDaysOf(editionId);
		int active = activeRegistrationsOfEdition(editionId);
		if (active > 0) {
			return Removal.refused(active);
		}
		forgetPublicPages();
		jdbc.sql("delete from conferences_edition where id = :id").param("id", editionId).update();
		return Removal.done();
	}

	/**
	 * Changes date, town, venue, address and region of a day; the caller holds the day's lock, and
	 * tells the registrants when the calendar facts changed (see {@code registrations.DayChanges}).
	 */
	public void updateDay(long dayId, LocalDate date, String town, String venue, String address, String region) {
		forgetPublicPages();
		jdbc.sql("""
				update conferences_day set date = :date, town = :town, venue = :venue, address = :address, region = :region
				where id = :id
				""")
			.param("date", date)
			.param("town", town.trim())
			.param("venue", venue.trim())
			.param("address", address.trim())
			.param("region", region == null || region.isBlank() ? null : region.trim())
			.param("id", dayId)
			.update();
	}

	/** Locks a day the way every registration does first; the day's places, or empty when it is gone. */
	public Optional<Integer> lockDay(long dayId) {
		return jdbc.sql("select taken from conferences_day where id = :id for update")
			.param("id", dayId)
			.query(Integer.class)
			.optional();
	}

	/** Locks every day of an edition, in the order of their ids; returns their ids. */
	public List<Long> lockDaysOf(long editionId) {
		return jdbc.sql("select id from conferences_day where edition_id = :id order by id for update")
			.param("id", editionId)
			.query(Long.class)
			.list();
	}

	/** Removes a day nobody is registered or waiting for (cancelled registrations go with it). */
	@Transactional
	public Removal deleteDay(long dayId) {
		if (lockDay(dayId).isEmpty()) {
			return Removal.done();
		}
		int active = jdbc.sql("select count(*) from conferences_registration where day_id = :id and status <> 'cancelled'")
			.param("id", dayId)
			.query(Integer.class)
			.single();
		if (active > 0) {
			return Removal.refused(active);
		}
		removeDay(dayId);
		return Removal.done();
	}

	/**
	 * Removes a locked day with everything of it. Only for a day nobody is registered for any more,
	 * or whose registrants have just been told it does not go ahead.
	 */
	public void removeDay(long dayId) {
		forgetPublicPages();
		jdbc.sql("delete from conferences_day where id = :id").param("id", dayId).update();
	}

	public boolean updateWorkshop(long workshopId, String title, String description, String facilitator) {
		forgetPublicPages();
		return jdbc.sql("update conferences_workshop set title = :title, description = :description, facilitator = :facilitator where id = :id")
			.param("title", title.trim())
			.param("description", blankToEmpty(description))
			.param("facilitator", blankToEmpty(facilitator))
			.param("id", workshopId)
			.update() == 1;
	}

	/** People registered or waiting who chose this workshop (first or second choice) or have a place in it. */
	public int activeRegistrationsOfWorkshop(long workshopId) {
		return jdbc.sql("""
				select count(*) from conferences_registration r
				where r.status <> 'cancelled'
				  and exists (select 1 from conferences_session s where s.workshop_id = :id
				              and s.id in (r.first_choice, r.second_choice, r.session_id))
				""")
			.param("id", workshopId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Removes a workshop from the edition and from every day; refused while anybody registered or
	 * waiting chose it. The workshops after it move up one number.
	 */
	@Transactional
	public Removal deleteWorkshop(long workshopId) {
		jdbc.sql("""
				select id from conferences_day where id in (select day_id from conferences_session where workshop_id = :id)
				order by id for update
				""")
			.param("id", workshopId)
			.query(Long.class)
			.list();
		Optional<Workshop> workshop = jdbc.sql("select id, number, title, description, facilitator, edition_id from conferences_workshop where id = :id for update")
			.param("id", workshopId)
			.query((rs, n) -> new Workshop(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.optional();
		if (workshop.isEmpty()) {
			return Removal.done();
		}
		int active = activeRegistrationsOfWorkshop(workshopId);
		if (active > 0) {
			return Removal.refused(active);
		}
		forgetPublicPages();
		long editionId = jdbc.sql("delete from conferences_workshop where id = :id returning edition_id")
			.param("id", workshopId)
			.query(Long.class)
			.single();
		// two steps, so that no two workshops hold the same number in between
		jdbc.sql("update conferences_workshop set number = -(number - 1) where edition_id = :edition and number > :number")
			.param("edition", editionId)
			.param("number", workshop.get().number())
			.update();
		jdbc.sql("update conferences_workshop set number = -number where edition_id = :edition and number < 0")
			.param("edition", editionId)
			.update();
		return Removal.done();
	}

	/** Takes a workshop off one day; refused while anybody registered or waiting for that day chose it there. */
	@Transactional
	public Removal withdrawSession(long dayId, long sessionId) {
		if (lockDay(dayId).isEmpty()) {
			return Removal.done();
		}
		int active = jdbc.sql("""
				select count(*) from conferences_registration
				where day_id = :day and status <> 'cancelled' and :session in (first_choice, second_choice, session_id)
				""")
			.param("day", dayId)
			.param("session", sessionId)
			.query(Integer.class)
			.single();
		if (active > 0) {
			return Removal.refused(active);
		}
		forgetPublicPages();
		jdbc.sql("delete from conferences_session where id = :id and day_id = :day").param("id", sessionId).param("day", dayId).update();
		return Removal.done();
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text.trim();
	}

	static Edition edition(ResultSet rs, int n) throws SQLException {
		return new Edition(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5));
	}

	static Day day(ResultSet rs, int n) throws SQLException {
		return new Day(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getObject(5, LocalDate.class),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11),
				rs.getInt(12), rs.getInt(13));
	}

	static Session session(ResultSet rs, int n) throws SQLException {
		return new Session(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getString(6),
				rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
	}
}
