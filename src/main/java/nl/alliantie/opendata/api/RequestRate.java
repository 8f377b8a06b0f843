package nl.alliantie.opendata.api;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many API requests one network address (IPv6: its /64, as the login throttle and the
 * Alliantiedagen registrations count) may make in a clock minute. Counted in PostgreSQL, so every
 * instance counts in the same row, with one {@code insert ... on conflict ... returning} (the
 * pattern of {@code conferences_registration_rate}, docs/adr/0024): parallel requests cannot slip
 * past. Counts of minutes long gone are forgotten when an address starts a new minute.
 */
@Component
class RequestRate {

	/** What the count says of a request: allowed, or refused until {@code retryAfter}. */
	record Verdict(boolean allowed, int limit, int remaining, Duration retryAfter) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int perMinute;

	RequestRate(JdbcClient jdbc, Clock clock, @Value("${alliantie.opendata.requests-per-minute:120}") int perMinute) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.perMinute = perMinute;
	}

	Verdict count(String remoteAddress) {
		if (perMinute <= 0) {
			return new Verdict(true, 0, 0, Duration.ZERO);
		}
		Instant now = clock.instant();
		Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
		int count = jdbc.sql("""
				insert into opendata_request_rate as r (key, minute, count) values (:key, :minute, 1)
				on conflict (key, minute) do update set count = r.count + 1
				returning count
				""")
			.param("key", networkOf(remoteAddress))
			.param("minute", OffsetDateTime.ofInstant(minute, ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (count == 1) {
			jdbc.sql("delete from opendata_request_rate where minute < :before")
				.param("before", OffsetDateTime.ofInstant(minute.minus(Duration.ofMinutes(10)), ZoneOffset.UTC))
				.update();
		}
		Duration untilNextMinute = Duration.between(now, minute.plus(Duration.ofMinutes(1)));
		return new Verdict(count <= perMinute, perMinute, Math.max(0, perMinute - count), untilNextMinute);
	}

	/** The network address as counted: IPv4 as it is, IPv6 by its first 64 bits. */
	static String networkOf(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		if (!remoteAddress.contains(":")) {
			return remoteAddress;
		}
		try {
			// an IPv6 literal (it has a colon), so no name is looked up
			InetAddress address = InetAddress.getByName(remoteAddress);
			if (address instanceof Inet6Address) {
				return HexFormat.of().formatHex(Arrays.copyOf(address.getAddress(), 8)) + "::/64";
			}
			return address.getHostAddress();
		}
		catch (UnknownHostException e) {
			return remoteAddress;
		}
	}
}
