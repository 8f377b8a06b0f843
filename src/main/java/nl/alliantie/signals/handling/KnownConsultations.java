package nl.alliantie.signals.handling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regional consultations this module knows of, as the consultations module announced them
 * (signals never reads the consultations module; it listens to the events of its own API). Enough
 * to offer the coming consultations of a region as agenda choice and to name and link a meeting.
 */
@Component
public class KnownConsultations {

	/** A consultation of {@code regionKey} on {@code on}. */
	public record Known(long id, String regionKey, LocalDate on, boolean cancelled) {

		/** "24 januari 2026" in the given language. */
		public String date(Locale locale) {
			return on.format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale));
		}

		public String href() {
			return "/regio-overleggen/" + id;
		}
	}

	/** How far back a consultation can still be chosen when recording a discussion by hand. */
	static final int RECENT_DAYS = 400;

	private final JdbcClient jdbc;

	KnownConsultations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Known known(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Known(rs.getLong("id"), rs.getString("region_key"), rs.getObject("held_on", LocalDate.class),
				rs.getBoolean("cancelled"));
	}

	/** A consultation was planned or moved (the call is idempotent). */
	public void planned(long id, String regionKey, LocalDate on) {
		jdbc.sql("""
				insert into signals_consultation (id, region_key, held_on) values (:id, :region, :on)
				on conflict (id) do update set region_key = excluded.region_key, held_on = excluded.held_on
				""")
			.param("id", id)
			.param("region", regionKey)
			.param("on", on)
			.update();
	}

	public void cancelled(long id) {
		jdbc.sql("update signals_consultation set cancelled = true where id = :id").param("id", id).update();
	}

	public Optional<Known> find(long id) {
		return jdbc.sql("select id, region_key, held_on, cancelled from signals_consultation where id = :id")
			.param("id", id)
			.query(KnownConsultations::known)
			.optional();
	}

	/**
	 * The consultations not called off that are held from {@code from} on, of these regions
	 * ({@code null}: every region), soonest or latest first.
	 */
	private List<Known> from(@Nullable Collection<String> regions, LocalDate from, boolean latestFirst) {
		return jdbc.sql("select id, region_key, held_on, cancelled from signals_consultation "
				+ "where not cancelled and held_on >= :from and (cast(:all as boolean) or region_key = any(:regions)) "
				+ (latestFirst ? "order by held_on desc, region_key, id desc" : "order by held_on, region_key, id")
				+ " limit 50")
			.param("from", from)
			.param("all", regions == null)
			.param("regions", regions == null ? new String[0] : regions.toArray(String[]::new))
			.query(KnownConsultations::known)
			.list();
	}

	/** Every consultation not called off from {@code from} on, soonest first (for the demo data). */
	public List<Known> since(LocalDate from) {
		return jdbc.sql("""
				select id, region_key, held_on, cancelled from signals_consultation
				where not cancelled and held_on >= :from order by held_on, region_key, id limit 1000
				""")
			.param("from", from)
			.query(KnownConsultations::known)
			.list();
	}

	/** The coming consultations of these regions ({@code null}: every region), soonest first. */
	public List<Known> coming(@Nullable Collection<String> regions, LocalDate today) {
		return from(regions, today, false);
	}

	/** The consultations of the last year and the coming ones, latest first: where a signal may have been discussed. */
	public List<Known> recent(@Nullable Collection<String> regions, LocalDate today) {
		return from(regions, today.minusDays(RECENT_DAYS), true);
	}
}
