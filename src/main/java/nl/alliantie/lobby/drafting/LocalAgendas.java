package nl.alliantie.lobby.drafting;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.alliantie.agendas.Agendas;

/**
 * The local social agenda a council letter cites, read through the agendas module's facade: the
 * municipality's agenda of the campaign's year, else its newest one before that year. Two queries.
 */
@Component
public class LocalAgendas {

	/** The agenda ({@code null}: the municipality has none up to that year) and its steps by due date. */
	public record Cited(Agendas.@Nullable AgendaSummary agenda, List<Agendas.StepSummary> steps) {

		static final Cited NONE = new Cited(null, List.of());

		/** Those of {@code ids} that are steps of this agenda, in the agenda's order. */
		public List<Agendas.StepSummary> among(List<Long> ids) {
			return steps.stream().filter(s -> ids.contains(s.id().value())).toList();
		}

		public boolean has(long stepId) {
			return steps.stream().anyMatch(s -> s.id().value() == stepId);
		}
	}

	private final Agendas agendas;

	LocalAgendas(Agendas agendas) {
		this.agendas = agendas;
	}

	public Cited of(String municipality, int year) {
		Optional<Agendas.AgendaSummary> agenda = agendas.agendasOf(municipality)
			.stream()
			.filter(a -> a.year() <= year)
			.findFirst();
		return agenda.map(a -> new Cited(a, agendas.steps(a.id()))).orElse(Cited.NONE);
	}
}
