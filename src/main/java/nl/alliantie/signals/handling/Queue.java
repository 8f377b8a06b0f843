package nl.alliantie.signals.handling;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The moderators' list, newest first: one query per page, limited to the regions the person may moderate. */
@Component
public class Queue {

	public record Row(long id, String title, String municipality, String regionKey, LocalDate seenOn, String status,
			boolean consent, String agendaRegion) {

		/** See {@link Status#shown}. */
		public String shownStatus() {
			return Status.shown(status, agendaRegion);
		}
	}

	private final JdbcClient jdbc;

	Queue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param regions the regions to show; {@code null} for all, including signals without a region
	 * @param statuses the statuses to show
	 */
	public List<Row> page(@Nullable Set<String> regions, List<Status> statuses, int offset, int limit) {
		List<String> conditions = new ArrayList<>();
		conditions.add("status = any(:statuses)");
		if (regions != null) {
			conditions.add("region_key = any(:regions)");
		}
		var spec = jdbc.sql("select id, title, municipality, region_key, seen_on, status, consent, agenda_region "
				+ "from signals_signal where " + String.join(" and ", conditions)
				+ " order by created_at desc, id desc offset :offset limit :limit")
			.param("statuses", statuses.stream().map(Status::name).toArray(String[]::new))
			.param("offset", offset)
			.param("limit", limit);
		if (regions != null) {
			spec = spec.param("regions", regions.toArray(String[]::new));
		}
		return spec.query(Row.class).list();
	}
}
