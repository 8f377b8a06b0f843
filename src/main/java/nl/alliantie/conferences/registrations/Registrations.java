package nl.alliantie.conferences.registrations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.WorkshopStatus;
import nl.alliantie.conferences.mails.ConferenceMails;

// Over 350 lines: registering, confirming, changing and cancelling share the day's lock order
// (lock(id)) and the personal link; confirming (docs/adr/0027) is the part to move out next, into a
// class of its own beside Holds, once lock(id) is shared between them.
/**
 * Registering, confirming, changing and cancelling; the places and waiting lists per day and per workshop are
 * {@link WaitingLists}', the mails and personal links {@link RegistrationNotices}'.
 * <p>
 * Every change to a day's places first locks that day's row, so all registrations of one day run
 * one after the other (and in the same lock order: day, registrations, workshops — no deadlocks).
 * The counters {@code taken} carry a {@code check (taken <= capacity)}, so even a bug here cannot
 * overbook. A freed place goes to the first person waiting within the same transaction; their mail
 * is claimed in {@code conferences_notice}, so it is sent once.
 */
@Service
public class Registrations {

	public static final String LINK_PURPOSE = "conferences.registration";

	/** What a visitor asked for. Workshops are chosen by workshop id; the day decides the session. */
	/** {@code language}: of the pages the person registered on, {@code nl} or {@code en}; the mails are in it. */
	public record Request(long dayId, String name, String email, String organisation, @Nullable Long firstWorkshop,
			@Nullable Long secondWorkshop, String needsAccess, String needsDiet, String language) {

		public Request {
			language = "en".equals(language) ? "en" : "nl";
		}

		/** A registration made on the Dutch pages. */
		public Request(long dayId, String name, String email, String organisation, Long firstWorkshop,
				Long secondWorkshop, String needsAccess, String needsDiet) {
			this(dayId, name, email, organisation, firstWorkshop, secondWorkshop, needsAccess, needsDiet, "nl");
		}
	}

	/**
	 * The outcome: the personal link token, whether the day was full, and until when the place (or
	 * the turn on the waiting list) is held unconfirmed (null: confirmed).
	 */
	public record Registered(long id, String token, boolean waiting, @Nullable Instant heldUntil) {
	}

	/** What confirming the mailed link gave: a place on the day, or a turn on its waiting list. */
	public enum Confirmed {
		SEAT, WAITING
	}

	/**
	 * The personal page of a registration. {@code occasionTitle} and {@code occasionPath}: for a
	 * registration for what another module holds (docs/adr/0031) its title and page, else null.
	 */
	public record Details(long id, long dayId, int year, int number, LocalDate date, String town, String venue,
			String address, String name, String email, String organisation, RegistrationStatus status,
			WorkshopStatus workshopStatus,
			String workshop, Long firstWorkshop, Long secondWorkshop, String needsAccess, String needsDiet,
			int waitingPosition, boolean confirmed, @Nullable Instant heldUntil, boolean lapsed,
			@Nullable String occasionTitle, @Nullable String occasionPath, boolean occasionCancelled) {

		public String dayPath() {
			return occasionPath != null ? occasionPath : "/alliantiedagen/" + year + "/" + number;
		}

		public boolean occasion() {
			return occasionPath != null;
		}

		/** Where the personal page lives: {@code /aanmelding/} for an occasion. */
		public String linkBase() {
			return occasion() ? "/aanmelding/" : "/alliantiedagen/aanmelding/";
		}
	}

	private final JdbcClient jdbc;

	private final LinkTokens tokens;

	private final OrganisationChoice organisations;

	private final WaitingLists waitingLists;

	private final ConferenceMails mails;

	private final RegistrationNotices notices;

	private final RegistrationLimits limits;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final Holds holds;

	Registrations(JdbcClient jdbc, LinkTokens tokens, OrganisationChoice organisations, WaitingLists waitingLists,
			ConferenceMails mails, RegistrationNotices notices, RegistrationLimits limits,
			TransactionOperations transactions, Clock clock, Holds holds) {
		this.holds = holds;
		this.limits = limits;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.organisations = organisations;
		this.waitingLists = waitingLists;
		this.mails = mails;
		this.notices = notices;
		this.clock = clock;
	}


	/**
	 * A registration the application makes itself (demo data): confirmed at once, and only the
	 * limit per e-mail address applies. Visitors' registrations come through
	 * {@link #register(Request, String)}.
	 */
	public Registered register(Request request) {
		limits.count(request.email(), null);
		return transactions.execute(status -> registerCounted(request, true));
	}

	/**
	 * Registers a visitor who posted from {@code remoteAddress}: counted for the limits per e-mail
	 * address and per network address first ({@link RegistrationLimits}, docs/adr/0024), in a
	 * statement of its own, so a flood waits on the counter only for that statement and is refused
	 * without ever waiting for the day's lock; then, in one transaction, a place on the day if there
	 * is one, else the waiting list. The arrival number the row draws decides the order of both
	 * waiting lists. The place (or the turn) is held unconfirmed until the link mailed to the
	 * address is confirmed ({@link #confirm(String)}), for {@link Holds#hold()}; the personal link
	 * travels only by mail (docs/adr/0027).
	 */
	public Registered register(Request request, String remoteAddress) {
		limits.count(request.email(), remoteAddress == null ? null : RegistrationLimits.networkOf(remoteAddress));
		return transactions.execute(status -> registerCounted(request, false));
	}

	private Registered registerCounted(Request request, boolean confirmed) {
		// matched before the day is locked: registrations of one day wait for each other only briefly
		OrganisationChoice.Chosen organisation = organisations.resolve(request.organisation(), regionOf(request.dayId()));
		LocalDate date = lockDay(request.dayId());
		if (date.isBefore(LocalDate.now(clock)) || !openForRegistration(request.dayId())) {
			throw new RegistrationRefused(RegistrationRefused.Reason.DAY_PASSED);
		}
		// holds that lapsed since the last round free their places first, for those who waited
		holds.releaseLapsedOn(request.dayId());
		Instant heldUntil = confirmed ? null : holds.until();
		Map<Long, Long> sessionByWorkshop = sessionsOf(request.dayId());
		Long first = sessionFor(sessionByWorkshop, request.firstWorkshop());
		Long second = sessionFor(sessionByWorkshop, request.secondWorkshop());
		boolean seat = jdbc.sql("update conferences_day set taken = taken + 1 where id = :id and taken < capacity")
			.param("id", request.dayId())
			.update() == 1;
		long id;
		try {
			id = jdbc.sql("""
					insert into conferences_registration (day_id, name, email, organisation, organisation_id, first_choice,
					  second_choice, needs_access, needs_diet, consent_at, status, language, confirmed_at, held_until)
					values (:day, :name, :email, :organisation, :organisationId, :first, :second, :access, :diet, now(), :status,
					  :language, case when :confirmed then now() end, :heldUntil)
					returning id
					""")
				.param("day", request.dayId())
				.param("language", request.language())
				.param("name", request.name().trim())
				.param("email", request.email().trim())
				.param("organisation", organisation.name())
				.param("organisationId", organisation.organisationId())
				.param("first", first)
				.param("second", second)
				.param("access", trim(request.needsAccess()))
				.param("diet", trim(request.needsDiet()))
				.param("status", (seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING).code())
				.param("confirmed", confirmed)
				.param("heldUntil", heldUntil == null ? null : Timestamp.from(heldUntil))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_REGISTERED);
		}
		if (seat) {
			waitingLists.placeInWorkshop(id, first, second);
		}
		String token = notices.issueLink(id, date);
		if (!confirmed && heldUntil != null) { // held until then when not confirmed at once
			if (notices.claimNotice(id, "hold")) {
				mails.confirmHold(notices.about(id), token, heldUntil);
			}
		}
		else if (notices.claimNotice(id, "confirmation")) {
			mails.confirmation(notices.about(id), token, seat ? notices.calendarOf(request.dayId()) : null);
		}
		return new Registered(id, token, !seat, heldUntil);
	}

	/**
	 * Confirms a registration through its mailed link: a hold becomes the person's place (or their
	 * turn on the waiting list, which then moves them up if a place is free); a lapsed hold gets a
	 * place if the day still has one, else the end of the waiting list. Confirming twice changes
	 * nothing. The confirmation mail (with the calendar file for a place) goes out once.
	 */
	@Transactional
	public Confirmed confirm(String token) {
		long id = registrationOf(token).orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CANCELLED));
		Registration registration = lock(id);
		record State(boolean confirmed, boolean lapsed) {
		}
		State state = jdbc.sql("select confirmed_at is not null, lapsed_at is not null from conferences_registration where id = :id")
			.param("id", id)
			.query((rs, n) -> new State(rs.getBoolean(1), rs.getBoolean(2)))
			.single();
		if (state.confirmed()) {
			if (registration.cancelled()) {
				throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CANCELLED);
			}
			return registration.waiting() ? Confirmed.WAITING : Confirmed.SEAT;
		}
		if (registration.cancelled() && !state.lapsed()) {
			throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CANCELLED);
		}
		if (registration.dayDate().isBefore(LocalDate.now(clock)) || cancelledOccasion(registration.dayId())) {
			throw new RegistrationRefused(RegistrationRefused.Reason.DAY_PASSED);
		}
		holds.releaseLapsedOn(registration.dayId());
		if (state.lapsed()) {
			boolean seat = jdbc.sql("update conferences_day set taken = taken + 1 where id = :id and taken < capacity")
				.param("id", registration.dayId())
				.update() == 1;
			try {
				// back in at the end of the queue: those who waited meanwhile keep their turn
				jdbc.sql("""
						update conferences_registration set status = :status, confirmed_at = now(), held_until = null,
						  lapsed_at = null, cancelled_at = null, session_id = null, workshop_status = 'none',
						  arrival = nextval('conferences_arrival')
						where id = :id
						""")
					.param("status", (seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING).code())
					.param("id", id)
					.update();
			}
			catch (DuplicateKeyException e) {
				throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_REGISTERED);
			}
			if (seat) {
				waitingLists.placeInWorkshop(id, registration.firstChoice(), registration.secondChoice());
			}
		}
		else {
			jdbc.sql("update conferences_registration set confirmed_at = now(), held_until = null where id = :id")
				.param("id", id)
				.update();
			if (registration.waiting()) {
				waitingLists.promoteOnDay(registration.dayId());
			}
		}
		String status = jdbc.sql("select status from conferences_registration where id = :id").param("id", id).query(String.class).single();
		boolean seat = RegistrationStatus.ofCode(status) == RegistrationStatus.REGISTERED;
		if (notices.claimNotice(id, "confirmation")) {
			// the link they confirmed with stays theirs
			mails.confirmation(notices.about(id), token, seat ? notices.calendarOf(registration.dayId()) : null);
		}
		return seat ? Confirmed.SEAT : Confirmed.WAITING;
	}

	/** The registration behind a personal link. */
	public Optional<Details> details(String token) {
		return registrationOf(token).flatMap(this::details);
	}

	public Optional<Details> details(long id) {
		return jdbc.sql("""
				select r.id, r.day_id, coalesce(e.year, extract(year from d.date)::int), d.number, d.date, d.town, d.venue,
				       d.address, r.name, r.email, r.organisation,
				       r.status, r.workshop_status, w.title, fw.workshop_id, sw.workshop_id, r.needs_access, r.needs_diet,
				       case when r.status = 'waiting' then (select count(*) from conferences_registration o
				            where o.day_id = r.day_id and o.status = 'waiting' and o.arrival <= r.arrival) else 0 end,
				       r.confirmed_at is not null, r.held_until, r.lapsed_at is not null, d.title, d.path, d.cancelled_at is not null
				from conferences_registration r
				join conferences_day d on d.id = r.day_id
				left join conferences_edition e on e.id = d.edition_id
				left join conferences_session s on s.id = r.session_id
				left join conferences_workshop w on w.id = s.workshop_id
				left join conferences_session fw on fw.id = r.first_choice
				left join conferences_session sw on sw.id = r.second_choice
				where r.id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new Details(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), rs.getString(11), RegistrationStatus.ofCode(rs.getString(12)),
					WorkshopStatus.ofCode(rs.getString(13)), rs.getString(14),
					(Long) rs.getObject(15), (Long) rs.getObject(16), rs.getString(17), rs.getString(18), rs.getInt(19),
					rs.getBoolean(20), rs.getTimestamp(21) == null ? null : rs.getTimestamp(21).toInstant(), rs.getBoolean(22),
					rs.getString(23), rs.getString(24), rs.getBoolean(25)))
			.optional();
	}

	/** Cancels through the personal link; the first people waiting get the freed places. */
	@Transactional
	public void cancel(String token) {
		long id = registrationOf(token).orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CANCELLED));
		cancel(id);
	}

	@Transactional
	public void cancel(long id) {
		Registration registration = lock(id);
		Registration cancelled = registration.cancel(clock);
		jdbc.sql("update conferences_registration set status = :status, workshop_status = :workshop, cancelled_at = now() where id = :id")
			.param("status", cancelled.status().code())
			.param("workshop", cancelled.workshopStatus().code())
			.param("id", id)
			.update();
		if (registration.placedInWorkshop()) {
			waitingLists.releaseSession(registration.sessionId());
		}
		if (!registration.waiting()) {
			jdbc.sql("update conferences_day set taken = taken - 1 where id = :id").param("id", registration.dayId()).update();
			waitingLists.promoteOnDay(registration.dayId());
		}
		if (notices.claimNotice(id, "cancelled")) {
			mails.cancelled(notices.about(id));
		}
	}

	/** Changes the workshop choices and needs; a changed choice frees the old place for the next person. */
	@Transactional
	public void change(String token, Long firstWorkshop, Long secondWorkshop, String needsAccess, String needsDiet) {
		long id = registrationOf(token).orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CANCELLED));
		Registration registration = lock(id);
		if (!registration.changeable(clock)) {
			throw new RegistrationRefused(registration.cancelled() ? RegistrationRefused.Reason.ALREADY_CANCELLED
					: RegistrationRefused.Reason.DAY_PASSED);
		}
		Map<Long, Long> sessionByWorkshop = sessionsOf(registration.dayId());
		Long first = sessionFor(sessionByWorkshop, firstWorkshop);
		Long second = sessionFor(sessionByWorkshop, secondWorkshop);
		jdbc.sql("update conferences_registration set needs_access = :access, needs_diet = :diet where id = :id")
			.param("access", trim(needsAccess))
			.param("diet", trim(needsDiet))
			.param("id", id)
			.update();
		if (Objects.equals(first, registration.firstChoice()) && Objects.equals(second, registration.secondChoice())) {
			return;
		}
		jdbc.sql("""
				update conferences_registration set first_choice = :first, second_choice = :second,
				  workshop_status = 'none', session_id = null, workshop_waiting_since = null where id = :id
				""")
			.param("first", first)
			.param("second", second)
			.param("id", id)
			.update();
		if (registration.waiting()) {
			return;
		}
		if (registration.placedInWorkshop()) {
			jdbc.sql("update conferences_session set taken = taken - 1 where id = :id").param("id", registration.sessionId()).update();
		}
		waitingLists.placeInWorkshop(id, first, second);
		if (registration.placedInWorkshop()) {
			waitingLists.promoteInSession(registration.sessionId());
		}
	}

	/** How long a registration through the form holds its place unconfirmed, in minutes. */
	public long holdMinutes() {
		return holds.hold().toMinutes();
	}

	/** The registration id behind a personal link that is still valid. */
	public Optional<Long> registrationOf(String token) {
		return tokens.subjectOf(LINK_PURPOSE, token);
	}


	private @Nullable String regionOf(long dayId) {
		return jdbc.sql("select coalesce(region, '') from conferences_day where id = :id")
			.param("id", dayId)
			.query(String.class)
			.optional()
			.filter(region -> !region.isEmpty())
			.orElse(null);
	}

	/** An occasion takes registrations until its closing date, and none once cancelled; a day until it has been. */
	private boolean openForRegistration(long dayId) {
		return jdbc.sql("select cancelled_at is null and (closes_on is null or closes_on >= :today) from conferences_day where id = :id")
			.param("id", dayId)
			.param("today", LocalDate.now(clock))
			.query(Boolean.class)
			.single();
	}

	private boolean cancelledOccasion(long dayId) {
		return jdbc.sql("select cancelled_at is not null from conferences_day where id = :id")
			.param("id", dayId)
			.query(Boolean.class)
			.single();
	}

	private LocalDate lockDay(long dayId) {
		return jdbc.sql("select date from conferences_day where id = :id for update")
			.param("id", dayId)
			.query(LocalDate.class)
			.optional()
			.orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.DAY_PASSED));
	}

	/** Locks the day first, then the registration: the lock order of every change. */
	private Registration lock(long id) {
		long dayId = jdbc.sql("select day_id from conferences_registration where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		lockDay(dayId);
		return jdbc.sql("""
				select r.id, r.day_id, d.date, r.status, r.workshop_status, r.session_id, r.first_choice, r.second_choice
				from conferences_registration r join conferences_day d on d.id = r.day_id
				where r.id = :id for update of r
				""")
			.param("id", id)
			.query((rs, n) -> new Registration(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					RegistrationStatus.ofCode(rs.getString(4)), WorkshopStatus.ofCode(rs.getString(5)), (Long) rs.getObject(6), (Long) rs.getObject(7),
					(Long) rs.getObject(8)))
			.single();
	}

	private Map<Long, Long> sessionsOf(long dayId) {
		return jdbc.sql("select workshop_id, id from conferences_session where day_id = :day")
			.param("day", dayId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static @Nullable Long sessionFor(Map<Long, Long> sessionByWorkshop, @Nullable Long workshopId) {
		if (workshopId == null) {
			return null;
		}
		Long session = sessionByWorkshop.get(workshopId);
		if (session == null) {
			throw new RegistrationRefused(RegistrationRefused.Reason.WORKSHOP_NOT_ON_DAY);
		}
		return session;
	}


	private static String trim(String text) {
		return text == null ? "" : text.trim();
	}
}
