package nl.alliantie.agendas.agenda;

import java.time.LocalDate;
import java.util.List;

import nl.alliantie.agendas.AgendaState;
import nl.alliantie.agendas.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one agenda's year: steps fall within the year; an agenda is agreed (vastgesteld)
 * with an ambition and at least one step; verdicts are given once it is agreed; it closes when
 * every step has one; only a closed agenda is carried on; a closed agenda no longer changes.
 */
public record Agenda(long id, String municipality, int year, AgendaState state, Long leadOrganisationId,
		String ambition) {

	/** Why a change is refused; the key of a text in {@code i18n/agendas}. */
	public static final class Refusal extends RuntimeException {

		private final String key;

		public Refusal(String key) {
			super(key);
			this.key = key;
		}

		public String key() {
			return key;
		}
	}

	public boolean dueWithinYear(@Nullable LocalDate due) {
		return due != null && due.getYear() == year;
	}

	/** Parties, inventories, steps and advice may change until the agenda is closed. */
	public void requireOpen() {
		if (state == AgendaState.AFGESLOTEN) {
			throw new Refusal("agendas.refused.closed");
		}
	}

	public Agenda adopt(int steps) {
		if (state != AgendaState.CONCEPT) {
			throw new Refusal("agendas.refused.notConcept");
		}
		if (ambition == null || ambition.isBlank()) {
			throw new Refusal("agendas.refused.noAmbition");
		}
		if (steps == 0) {
			throw new Refusal("agendas.refused.noSteps");
		}
		return with(AgendaState.VASTGESTELD);
	}

	/** A verdict is given on an agreed agenda only; "niet beoordeeld" only by the secretariat. */
	public void requireVerdict(@Nullable Verdict verdict, boolean secretariat) {
		if (state != AgendaState.VASTGESTELD) {
			throw new Refusal(state == AgendaState.CONCEPT ? "agendas.refused.verdictConcept" : "agendas.refused.closed");
		}
		if (verdict == Verdict.NIET_BEOORDEELD && !secretariat) {
			throw new Refusal("agendas.refused.notAssessed");
		}
	}

	public Agenda close(List<Verdict> verdicts) {
		if (state != AgendaState.VASTGESTELD) {
			throw new Refusal(state == AgendaState.CONCEPT ? "agendas.refused.verdictConcept" : "agendas.refused.closed");
		}
		if (verdicts.isEmpty() || verdicts.stream().anyMatch(v -> v == null)) {
			throw new Refusal("agendas.refused.openSteps");
		}
		return with(AgendaState.AFGESLOTEN);
	}

	public void requireCarryOn() {
		if (state != AgendaState.AFGESLOTEN) {
			throw new Refusal("agendas.refused.notClosed");
		}
	}

	private Agenda with(AgendaState next) {
		return new Agenda(id, municipality, year, next, leadOrganisationId, ambition);
	}
}
