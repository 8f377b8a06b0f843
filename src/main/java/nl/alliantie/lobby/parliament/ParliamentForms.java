package nl.alliantie.lobby.parliament;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.alliantie.lobby.campaigns.SignalCitations;

/** The forms of the parliament pages, as the secretariat types them (every field a string, read by {@code Fields}). */
public final class ParliamentForms {

	private ParliamentForms() {
	}

	/** A year's set of proposals. */
	public record SetForm(
			String jaar,
			@NotBlank(message = "{lobby.parliament.title.required}") @Size(max = 200, message = "{lobby.parliament.title.size}") String titel,
			@Size(max = 20000, message = "{lobby.parliament.intro.size}") String inleiding,
			String debatdatum) {

		static SetForm empty(int year) {
			return new SetForm(Integer.toString(year), "", "", "");
		}

		static SetForm of(Parliament.ProposalSet set) {
			return new SetForm(Integer.toString(set.year()), set.title(), set.intro(),
					set.debateOn() == null ? "" : set.debateOn().toString());
		}
	}

	/** A proposal with what became of it. */
	public record ProposalForm(
			String nummer,
			@NotBlank(message = "{lobby.proposal.title.required}") @Size(max = 300, message = "{lobby.proposal.title.size}") String titel,
			@NotBlank(message = "{lobby.proposal.explanation.required}") @Size(max = 4000, message = "{lobby.proposal.explanation.size}") String toelichting,
			@Size(max = 500, message = "{lobby.proposal.signals.invalid}") String signalen,
			String uitkomst,
			String link,
			@Size(max = 2000, message = "{lobby.parliament.note.size}") String notitie) {

		public static ProposalForm next(int number) {
			return new ProposalForm(Integer.toString(number), "", "", "", ProposalOutcome.OPEN.name(), "", "");
		}

		public static ProposalForm of(Parliament.Proposal p) {
			return new ProposalForm(Integer.toString(p.number()), p.title(), p.explanation(),
					SignalCitations.text(p.signalIds()), p.outcome().name(), p.outcomeUrl() == null ? "" : p.outcomeUrl(),
					p.outcomeNote() == null ? "" : p.outcomeNote());
		}
	}

	/** A visit to a faction. */
	public record VisitForm(
			String fractie,
			String datum,
			@NotBlank(message = "{lobby.visit.visitors.required}") @Size(max = 500, message = "{lobby.visit.visitors.size}") String bezoekers,
			@Size(max = 200, message = "{lobby.visit.spokesperson.size}") String woordvoerder,
			@Size(max = 4000, message = "{lobby.visit.outcome.size}") String uitkomst) {

		public static VisitForm empty() {
			return new VisitForm("", "", "", "", "");
		}

		public static VisitForm of(Parliament.Visit v) {
			return new VisitForm(Long.toString(v.factionId()), v.on().toString(), v.visitors(), v.spokesperson(),
					v.outcome());
		}
	}

	/** A faction's name and whether it still sits in parliament. */
	public record FactionForm(
			@NotBlank(message = "{lobby.faction.name.required}") @Size(max = 100, message = "{lobby.faction.name.size}") String naam,
			String actief) {

		static FactionForm empty() {
			return new FactionForm("", "ja");
		}

		public boolean active() {
			return "ja".equals(actief);
		}
	}
}
