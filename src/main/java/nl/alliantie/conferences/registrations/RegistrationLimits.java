package nl.alliantie.conferences.registrations;

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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many registrations one e-mail address and one network address (IPv6: its /64, as the login
 * throttle counts) may try in a clock hour (docs/adr/0024). Both counts are raised and read in one
 * statement, under the lock of their rows, before the registration's own transaction: parallel
 * posts cannot slip past, and an attempt counts the moment it may start, also when it is then
 * refused (already registered, day passed), as the login throttle counts.
 */
@Component
class RegistrationLimits {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int perAddress;

	private final int perNetwork;

	RegistrationLimits(JdbcClient jdbc, Clock clock,
			@Value("${alliantie.conferences.registrations-per-address:5}") int perAddress,
			@Value("${alliantie.conferences.registrations-per-network:20}") int perNetwork) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.perAddress = perAddress;
		this.perNetwork = perNetwork;
	}

	int perNetwork() {
		return perNetwork;
	}

	/**
	 * Counts one registration for the address and, when known, the network; refuses it when either
	 * has had its number this hour. {@code network} is null for registrations made by the
	 * application itself (demo data), which only the address limit applies to.
	 */
	void count(String email, @Nullable String network) {
		OffsetDateTime hour = OffsetDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);
		String addressKey = "a:" + email.trim().toLowerCase(Locale.ROOT);
		String networkKey = network == null ? null : "n:" + network;
		forgetOld();
		Map<String, Integer> counts = jdbc.sql("""
				insert into conferences_registration_rate as r (key, hour, count)
				select key, :hour, 1 from unnest(array[:address, cast(:network as text)]) as k(key) where key is not null
				order by key
				on conflict (key, hour) do update set count = r.count + 1
				returning key, count
				""")
			.param("hour", hour)
			.param("address", addressKey)
			.param("network", networkKey)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (counts.getOrDefault(addressKey, 0) > perAddress) {
			throw new RegistrationRefused(RegistrationRefused.Reason.TOO_MANY_FROM_ADDRESS);
		}
		if (networkKey != null && counts.getOrDefault(networkKey, 0) > perNetwork) {
			throw new RegistrationRefused(RegistrationRefused.Reason.TOO_MANY_FROM_NETWORK);
		}
	}

	/** Forgets the counts of hours long gone (the index on hour finds them). */
	private void forgetOld() {
		jdbc.sql("delete from conferences_registration_rate where hour < :before")
			.param("before", OffsetDateTime.ofInstant(Instant.now(clock).minus(Duration.ofDays(1)), ZoneOffset.UTC))
			.update();
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
