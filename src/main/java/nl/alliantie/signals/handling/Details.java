package nl.alliantie.signals.handling;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One signal with its trail, in two queries (each naming its consultations); the page decides what to show to whom. */
@Component
public class Details {

	public record Detail(long id, String title, String story, List<String> themes, String municipality,
			String province, String regionKey, LocalDate seenOn, String reporterKind, Long organisationId,
			String organisationName, String reporterName, String reporterEmail, boolean consent, Status status,
			Long mergedInto, String agendaRegion, Long agendaConsultationId, LocalDate agendaConsultationOn,
			boolean published, String language) {

		/**
		 * The status as everyone sees it: {@code OP_DE_AGENDA} while it is being handled and on the
		 * agenda of a coming consultation, else the status ({@code signals.status.*}).
		 */
		public String shownStatus() {
			return Status.shown(status.name(), agendaRegion);
		}

		/** The consultation it is on the agenda of, when this module knows it; else {@code null}. */
		public KnownConsultations.@Nullable Known agendaConsultation() {
			return agendaConsultationOn == null ? null
					: new KnownConsultations.Known(agendaConsultationId, agendaRegion, agendaConsultationOn, false);
		}
	}

	/**
	 * A step on the trail as pages show it; {@code consultationOn} is the date of the consultation
	 * when this module knows it (then the step links to the consultation's page).
	 */
	public record Step(LocalDate on, String kind, String text, Long consultationId, Long lobbyId, boolean shown,
			LocalDate consultationOn) {

		public String consultationHref() {
			return "/regio-overleggen/" + consultationId;
		}
	}

	private final JdbcClient jdbc;

	Details(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Detail> find(long id) {
		return jdbc.sql("""
				select s.*, k.held_on as agenda_consultation_on from signals_signal s
				left join signals_consultation k on k.id = s.agenda_consultation_id where s.id = :id
				""")
			.param("id", id)
			.query((rs, row) -> {
				Array themes = rs.getArray("themes");
				return new Detail(rs.getLong("id"), rs.getString("title"), rs.getString("story"),
						themes == null ? List.of() : Arrays.asList((String[]) themes.getArray()),
						rs.getString("municipality"), rs.getString("province"), rs.getString("region_key"),
						rs.getObject("seen_on", LocalDate.class), rs.getString("reporter_kind"),
						(Long) rs.getObject("organisation_id"), rs.getString("organisation_name"),
						rs.getString("reporter_name"), rs.getString("reporter_email"), rs.getBoolean("consent"),
						Status.valueOf(rs.getString("status")), (Long) rs.getObject("merged_into"),
						rs.getString("agenda_region"), (Long) rs.getObject("agenda_consultation_id"),
						rs.getObject("agenda_consultation_on", LocalDate.class), rs.getBoolean("published"),
						rs.getString("language"));
			})
			.optional();
	}

	/** The trail, oldest first; {@code shownOnly} leaves out the moderators' own notes. */
	public List<Step> trail(long id, boolean shownOnly) {
		return jdbc.sql("select t.happened_on, t.kind, t.text, t.consultation_id, t.lobby_id, t.public, k.held_on "
				+ "from signals_trail t left join signals_consultation k on k.id = t.consultation_id "
				+ "where t.signal_id = :id" + (shownOnly ? " and t.public" : "") + " order by t.happened_on, t.id")
			.param("id", id)
			.query((rs, row) -> new Step(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4), (Long) rs.getObject(5), rs.getBoolean(6), rs.getObject(7, LocalDate.class)))
			.list();
	}
}
