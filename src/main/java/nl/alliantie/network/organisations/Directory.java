package nl.alliantie.network.organisations;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of the register: one query per page, one per detail. */
@Component
public class Directory {

	/** A row of the public directory. */
	public record Row(long id, String name, String typeKey, String municipality, String province, String regionKey,
			String status) {
	}

	/** A row of the export: the public fields. */
	public record ExportRow(long id, String name, String typeKey, String municipality, String province,
			String regionKey, String status, @Nullable LocalDate memberSince, String website, String activities,
			List<String> themes) {
	}

	/** A representative as editors see them. */
	public record RepresentativeView(long personId, String name, String email) {
	}

	/** One organisation with everything stored; the page decides what to show to whom. */
	public record Detail(long id, String name, String typeKey, String municipality, String province,
			String regionKey, String regionOverride, String address, String postcode, String website, String email,
			String phone, String activities, String status, @Nullable LocalDate memberSince, List<String> themes,
			List<RepresentativeView> representatives) {
	}

	private final JdbcClient jdbc;

	/**
	 * Pages of the public directory by filter and position. The directory is read far more than it
	 * changes; every committed change to an organisation bumps the version, and an entry made under
	 * an older version is never served.
	 */
	private final Map<String, Cached> cache = java.util.Collections.synchronizedMap(
			new java.util.LinkedHashMap<>(256, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
					return size() > 2_000;
				}
			});

	private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

	private record Cached(long version, List<Row> rows) {
	}

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Forgets cached pages once the current transaction commits (or now, outside one). */
	public void changed() {
		version.incrementAndGet();
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {

					@Override
					public void afterCompletion(int status) {
						version.incrementAndGet();
						cache.clear();
					}
				});
		}
		else {
			cache.clear();
		}
	}

	public List<Row> page(DirectoryFilter filter, int offset, int limit) {
		String key = filter.query() + "|" + offset + "|" + limit;
		long before = version.get();
		Cached cached = cache.get(key);
		if (cached != null && cached.version() == before) {
			return cached.rows();
		}
		List<Row> rows = query(filter, offset, limit);
		if (version.get() == before) {
			cache.put(key, new Cached(before, rows));
		}
		return rows;
	}

	private List<Row> query(DirectoryFilter filter, int offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("select id, name, type_key, municipality, province, region_key, status from network_organisation"
				+ where + " order by lower(name), id offset :offset limit :limit")
			.params(params)
			.query(Row.class)
			.list();
	}

	public void export(DirectoryFilter filter, Consumer<ExportRow> sink) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		jdbc.sql("""
				select id, name, type_key, municipality, province, region_key, status, member_since, website,
				       activities, themes
				from network_organisation""" + where + " order by lower(name), id")
			.params(params)
			// row by row: a stream of JdbcClient holds its connection until it is closed
			.query(rs -> {
				Date since = rs.getDate("member_since");
				java.sql.Array themes = rs.getArray("themes");
				sink.accept(new ExportRow(rs.getLong("id"), rs.getString("name"), rs.getString("type_key"),
						rs.getString("municipality"), rs.getString("province"), rs.getString("region_key"),
						rs.getString("status"), since == null ? null : since.toLocalDate(), rs.getString("website"),
						rs.getString("activities"),
						themes == null ? List.of() : Arrays.asList((String[]) themes.getArray())));
			});
	}

	private static String where(DirectoryFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.regio() != null) {
			conditions.add("region_key = :region");
			params.put("region", filter.regio());
		}
		if (filter.provincie() != null) {
			conditions.add("province = :province");
			params.put("province", filter.provincie());
		}
		if (filter.gemeente() != null) {
			conditions.add("municipality = :municipality");
			params.put("municipality", filter.gemeente());
		}
		if (filter.type() != null) {
			conditions.add("type_key = :type");
			params.put("type", filter.type());
		}
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status());
		}
		else {
			// a sign-up waiting for the secretariat is listed only when asked for (by staff)
			conditions.add("status <> 'AANGEMELD'");
		}
		String tsquery = filter.tsquery();
		if (tsquery != null) {
			conditions.add("search @@ to_tsquery('simple', :tsquery)");
			params.put("tsquery", tsquery);
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/** The organisation with its representatives, in two queries. */
	public Optional<Detail> detail(long id) {
		List<RepresentativeView> representatives = jdbc.sql("""
				select p.id as person_id, p.name, p.email from network_representative r join network_person p on p.id = r.person_id
				where r.organisation_id = :id order by r.since, p.id
				""")
			.param("id", id)
			.query(RepresentativeView.class)
			.list();
		return jdbc.sql("select * from network_organisation o where o.id = :id")
			.param("id", id)
			.query((rs, row) -> {
				Date since = rs.getDate("member_since");
				java.sql.Array themes = rs.getArray("themes");
				return new Detail(rs.getLong("id"), rs.getString("name"), rs.getString("type_key"),
						rs.getString("municipality"), rs.getString("province"), rs.getString("region_key"),
						rs.getString("region_override"), rs.getString("address"), rs.getString("postcode"),
						rs.getString("website"), rs.getString("email"), rs.getString("phone"),
						rs.getString("activities"), rs.getString("status"), since == null ? null : since.toLocalDate(),
						themes == null ? List.of() : Arrays.asList((String[]) themes.getArray()), representatives);
			})
			.optional();
	}

	/** The region of an organisation, for access checks; empty when it does not exist. */
	public Optional<String> regionOf(long id) {
		return jdbc.sql("select region_key from network_organisation where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}
}
