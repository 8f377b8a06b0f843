package nl.alliantie.agendas.agenda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.agendas.AgendaState;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;

/**
 * Lists of agendas, filtered and paginated, in one query per page; the public list's pages are kept
 * until the agendas change (docs/adr/0037), the secretariat's are read every time.
 */
@Component
public class AgendaListing {

	/** Every part may be null (no filter). {@code leads}: only agendas these organisations pull. */
	public record Filter(@Nullable String province, @Nullable String region, @Nullable Integer year, @Nullable AgendaState state, @Nullable String municipality,
			@Nullable List<Long> leads) {
	}

	public record Row(long id, String municipality, String province, String regionKey, int year, AgendaState state,
			String leadName, int steps, int reached) {

		public String href() {
			return AgendaView.href(municipality, year);
		}
	}

	private record Key(Filter filter, int offset, int limit) {
	}

	private final JdbcClient jdbc;

	private final UntilChanged<Key, List<Row>> kept;

	AgendaListing(JdbcClient jdbc, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.jdbc = jdbc;
		this.kept = new UntilChanged<>(notifications, java.util.Set.of("agendas_changed"), 500, keep,
				key -> List.copyOf(list(key.filter(), key.offset(), key.limit())));
	}

	/** A page of the public list: as {@link #list}, kept until the agendas change. */
	public List<Row> shown(Filter filter, int offset, int limit) {
		return kept.get(new Key(filter, offset, limit));
	}

	public List<Row> list(Filter filter, int offset, int limit) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.province() != null) {
			where.add("a.province = :province");
			params.put("province", filter.province());
		}
		if (filter.region() != null) {
			where.add("a.region_key = :region");
			params.put("region", filter.region());
		}
		if (filter.year() != null) {
			where.add("a.year = :year");
			params.put("year", filter.year());
		}
		if (filter.state() != null) {
			where.add("a.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.municipality() != null) {
			where.add("lower(a.municipality) like :municipality escape '\\'");
			params.put("municipality", filter.municipality().toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.leads() != null) {
			where.add("a.lead_organisation_id = any(:leads)");
			params.put("leads", filter.leads().toArray(Long[]::new));
		}
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("""
				select a.id, a.municipality, a.province, a.region_key, a.year, a.state, a.lead_name, a.steps, a.reached
				from agendas_agenda a
				""" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by a.year desc, a.municipality, a.id offset :offset limit :limit")
			.params(params)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					AgendaState.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getInt(9)))
			.list();
	}
}
