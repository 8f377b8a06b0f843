package nl.alliantie.conferences.registrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.WorkshopStatus;

/** The people of a day as the secretariat and the check-in desk see them. */
@Service
public class Attendees {

	/** {@code registeredAt} when the registration was made; {@code confirmed}: its mailed link was confirmed (or it needed none). */
	public record Row(long id, String name, String email, String organisation, RegistrationStatus status, WorkshopStatus workshopStatus,
			String workshop, String needsAccess, String needsDiet, boolean checkedIn, java.time.Instant registeredAt,
			boolean confirmed) {
	}

	static final String COLUMNS = """
			r.id, r.name, r.email, r.organisation, r.status, r.workshop_status, w.title, r.needs_access, r.needs_diet,
			r.checked_in_at is not null, r.created_at, r.confirmed_at is not null
			from conferences_registration r
			left join conferences_session s on s.id = r.session_id
			left join conferences_workshop w on w.id = s.workshop_id
			""";

	private final JdbcClient jdbc;

	Attendees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Registrations of a day in order of arrival, optionally of one status; {@code limit} from {@code offset}. */
	public List<Row> ofDay(long dayId, @Nullable RegistrationStatus status, int offset, int limit) {
		return ofDay(dayId, status, null, offset, limit);
	}

	/** Like {@link #ofDay(long, RegistrationStatus, int, int)}, of those whose name holds {@code search} when given. */
	public List<Row> ofDay(long dayId, @Nullable RegistrationStatus status, @Nullable String search, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				where r.day_id = :day and (cast(:status as text) is null or r.status = :status)
				  and (cast(:pattern as text) is null or lower(r.name) like :pattern)
				order by r.arrival offset :offset limit :limit
				""")
			.param("day", dayId)
			.param("status", status == null ? null : status.code())
			.param("pattern", pattern(search))
			.param("offset", offset)
			.param("limit", limit)
			.query(Attendees::row)
			.list();
	}

	private static @Nullable String pattern(@Nullable String search) {
		return search == null || search.isBlank() ? null
				: "%" + search.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "\\_") + "%";
	}

	/** The registered people of a day by name, for the check-in desk; {@code search} filters on name. */
	public List<Row> present(long dayId, @Nullable String search, int offset, int limit) {
		String pattern = search == null || search.isBlank() ? null : "%" + search.trim().toLowerCase().replace("%", "") + "%";
		return jdbc.sql("select " + COLUMNS + """
				where r.day_id = :day and r.status = 'registered'
				  and (cast(:pattern as text) is null or lower(r.name) like :pattern)
				order by lower(r.name), r.id offset :offset limit :limit
				""")
			.param("day", dayId)
			.param("pattern", pattern)
			.param("offset", offset)
			.param("limit", limit)
			.query(Attendees::row)
			.list();
	}

	/** Ticks or unticks one person; empty when they are not registered for this day. */
	public Optional<Row> checkIn(long dayId, long registrationId, boolean present) {
		int changed = jdbc.sql("""
				update conferences_registration set checked_in_at = case when :present then coalesce(checked_in_at, now()) end
				where id = :id and day_id = :day and status = 'registered'
				""")
			.param("present", present)
			.param("id", registrationId)
			.param("day", dayId)
			.update();
		if (changed == 0) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " where r.id = :id").param("id", registrationId).query(Attendees::row).optional();
	}

	/** One registration of the day, whatever its status; empty when it is of another day. */
	public Optional<Row> of(long dayId, long registrationId) {
		return jdbc.sql("select " + COLUMNS + " where r.id = :id and r.day_id = :day")
			.param("id", registrationId)
			.param("day", dayId)
			.query(Attendees::row)
			.optional();
	}

	public int checkedIn(long dayId) {
		return jdbc.sql("select count(*) from conferences_registration where day_id = :day and status = 'registered' and checked_in_at is not null")
			.param("day", dayId)
			.query(Integer.class)
			.single();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				RegistrationStatus.ofCode(rs.getString(5)), WorkshopStatus.ofCode(rs.getString(6)),
				rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getTimestamp(11).toInstant(),
				rs.getBoolean(12));
	}
}
