package nl.alliantie.consultations.calendar;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;
import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarSource;
import nl.alliantie.shared.time.DutchTime;

/** The regional consultations in the site's one calendar, cancelled ones included: one query. */
@Component
class ConsultationDates implements CalendarSource {

	private final JdbcClient jdbc;

	private final Network network;

	private final CalendarFiles files;

	ConsultationDates(JdbcClient jdbc, Network network, CalendarFiles files) {
		this.jdbc = jdbc;
		this.network = network;
		this.files = files;
	}

	@Override
	public List<CalendarEntry> between(LocalDate from, LocalDate to) {
		Map<String, String> regions = network.regions()
			.stream()
			.collect(Collectors.toMap(Network.RegionSummary::key, Network.RegionSummary::name));
		return jdbc.sql("""
				select id, sequence, region_key, starts_at, ends_at, venue, address, route, online_link, status
				from consultations_consultation
				where starts_at >= :from and starts_at < :until order by starts_at, id
				""")
			.param("from", Timestamp.from(from.atStartOfDay(DutchTime.ZONE).toInstant()))
			.param("until", Timestamp.from(to.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant()))
			.query((rs, n) -> files.entry(rs.getLong(1), rs.getInt(2), rs.getString(3),
					regions.getOrDefault(rs.getString(3), rs.getString(3)), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), "GEANNULEERD".equals(rs.getString(10))))
			.list();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("consultations_changed");
	}
}
