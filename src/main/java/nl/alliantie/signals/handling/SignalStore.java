package nl.alliantie.signals.handling;

import java.time.Clock;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads and saves the signal aggregate; new trail entries are appended on save. */
@Component
public class SignalStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	SignalStore(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new signal with its first trail entry. A second submit of the same form (same
	 * {@code formKey}) stores nothing and returns the signal of the first.
	 */
	public Created create(Report report) {
		Optional<Long> id = jdbc.sql("""
				insert into signals_signal (title, story, themes, municipality, province, region_key, seen_on,
				    reporter_kind, organisation_id, organisation_name, reporter_name, reporter_email, consent, form_key,
				    language)
				values (:title, :story, :themes, :municipality, :province, :region, :seenOn, :kind, :organisationId,
				    :organisationName, :reporterName, :reporterEmail, :consent, :formKey, :language)
				on conflict (form_key) do nothing
				returning id
				""")
			.param("title", report.title())
			.param("story", report.story())
			.param("themes", report.themes().toArray(String[]::new))
			.param("municipality", report.place().municipality())
			.param("province", report.place().province())
			.param("region", report.regionKey())
			.param("seenOn", report.seenOn())
			.param("kind", report.reporterKind())
			.param("organisationId", report.organisationId())
			.param("organisationName", report.organisationName())
			.param("reporterName", report.reporterName())
			.param("reporterEmail", report.reporterEmail())
			.param("consent", report.consent())
			.param("formKey", report.formKey())
			.param("language", report.language())
			.query(Long.class)
			.optional();
		if (id.isPresent()) {
			jdbc.sql("insert into signals_trail (signal_id, happened_on, kind, public) values (:id, :on, 'ONTVANGEN', true)")
				.param("id", id.get())
				.param("on", java.time.LocalDate.now(clock))
				.update();
			return new Created(id.get(), true);
		}
		long existing = jdbc.sql("select id from signals_signal where form_key = :formKey")
			.param("formKey", report.formKey())
			.query(Long.class)
			.single();
		return new Created(existing, false);
	}

	/** The id of a stored signal and whether this call stored it. */
	public record Created(long id, boolean isNew) {
	}

	/** The signal, its row locked until the transaction ends. */
	public Optional<Signal> lock(long id) {
		return jdbc.sql("select * from signals_signal where id = :id for update")
			.param("id", id)
			.query((rs, row) -> map(rs))
			.optional();
	}

	public void save(Signal signal, String actor) {
		jdbc.sql("""
				update signals_signal set title = :title, story = :story, themes = :themes, municipality = :municipality,
				    province = :province, region_key = :region, status = :status, merged_into = :mergedInto,
				    agenda_region = :agendaRegion, agenda_consultation_id = :agendaConsultation,
				    agenda_since = case when :agendaChanged then now() else agenda_since end, updated_at = now()
				where id = :id
				""")
			.param("title", signal.title())
			.param("story", signal.story())
			.param("themes", signal.themes().toArray(String[]::new))
			.param("municipality", signal.place().municipality())
			.param("province", signal.place().province())
			.param("region", signal.regionKey())
			.param("status", signal.status().name())
			.param("mergedInto", signal.mergedInto())
			.param("agendaRegion", signal.agendaRegion())
			.param("agendaConsultation", signal.agendaConsultationId())
			.param("agendaChanged", signal.agendaChanged())
			.param("id", signal.id())
			.update();
		for (TrailEntry entry : signal.newEntries()) {
			jdbc.sql("""
					insert into signals_trail (signal_id, happened_on, kind, text, consultation_id, lobby_id, public, actor)
					values (:id, :on, :kind, :text, :consultation, :lobby, :shown, :actor)
					""")
				.param("id", signal.id())
				.param("on", entry.on())
				.param("kind", entry.kind())
				.param("text", entry.text() == null ? "" : entry.text())
				.param("consultation", entry.consultationId())
				.param("lobby", entry.lobbyId())
				.param("shown", entry.shown())
				.param("actor", actor)
				.update();
		}
	}

	/**
	 * Whether the signal's trail has an entry of this kind for this consultation or lobby item
	 * ({@code null}: any), so that a step heard twice is recorded once.
	 */
	public boolean hasTrailEntry(long signalId, String kind, @Nullable Long consultationId, @Nullable Long lobbyId) {
		return jdbc.sql("""
				select exists (select 1 from signals_trail where signal_id = :id and kind = :kind
				    and (cast(:consultation as bigint) is null or consultation_id = :consultation)
				    and (cast(:lobby as bigint) is null or lobby_id = :lobby))
				""")
			.param("id", signalId)
			.param("kind", kind)
			.param("consultation", consultationId)
			.param("lobby", lobbyId)
			.query(Boolean.class)
			.single();
	}

	private static Signal map(ResultSet rs) throws SQLException {
		Array themes = rs.getArray("themes");
		return new Signal(rs.getLong("id"), rs.getString("title"), rs.getString("story"),
				themes == null ? List.of() : Arrays.asList((String[]) themes.getArray()),
				new Signal.Place(rs.getString("municipality"), rs.getString("province"), null),
				rs.getString("region_key"), Status.valueOf(rs.getString("status")),
				(Long) rs.getObject("merged_into"), rs.getString("agenda_region"),
				(Long) rs.getObject("agenda_consultation_id"));
	}
}
