package nl.alliantie.agendas.agenda;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

import nl.alliantie.agendas.AgendaState;
import nl.alliantie.agendas.PartyKind;
import nl.alliantie.agendas.Verdict;

/** One agenda with everything on it, as its pages show it. */
public record AgendaView(long id, String municipality, String province, String regionKey, int year, AgendaState state,
		Long leadOrganisationId, String leadName, String contactName, String contactEmail, String ambition,
		String advice, Long carriedFrom, List<Party> parties, List<Activity> activities, List<Need> needs,
		List<Step> steps) {

	public record Party(long id, Long organisationId, String name, PartyKind kind, String contactName,
			String contactEmail) {
	}

	public record Activity(long id, long partyId, String partyName, String what, String forWhom, String reach) {
	}

	/** {@code signals}: the cited signals that are still published, with their link. */
	public record Need(long id, String what, String why, List<Long> signalIds, List<CitedSignal> signals) {
	}

	public record CitedSignal(long id, String title, String href) {
	}

	/**
	 * A step; {@code carriedFromYear} and {@code followsYear} name the year of the step it carries on
	 * or follows up (null when it is new this year); {@code next} and {@code nextYear} the step of a
	 * later agenda that carries it on or follows it up.
	 */
	public record Step(long id, long partyId, String partyName, Long needId, String what, LocalDate due, String measure,
			@Nullable Verdict verdict, String verdictNote, LocalDate verdictOn, Long carriedFrom, Integer carriedFromYear,
			Long follows, Integer followsYear, Long next, Integer nextYear) {

		public boolean open() {
			return verdict == null;
		}
	}

	public static String href(String municipality, int year) {
		return "/sociale-agenda/" + UriUtils.encodePathSegment(municipality, StandardCharsets.UTF_8) + "/" + year;
	}

	public String href() {
		return href(municipality, year);
	}

	public String adminHref() {
		return "/beheer/sociale-agendas/" + id;
	}

	public Optional<Party> party(long partyId) {
		return parties.stream().filter(p -> p.id() == partyId).findFirst();
	}

	public Optional<Step> step(long stepId) {
		return steps.stream().filter(s -> s.id() == stepId).findFirst();
	}

	public long reached() {
		return steps.stream().filter(s -> s.verdict() == Verdict.BEHAALD).count();
	}

	public boolean everyStepJudged() {
		return !steps.isEmpty() && steps.stream().noneMatch(Step::open);
	}

	public Agenda rules() {
		return new Agenda(id, municipality, year, state, leadOrganisationId, ambition);
	}
}
