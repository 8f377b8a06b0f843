package nl.alliantie.lobby.secretary;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.alliantie.lobby.campaigns.SignalCitations;

/** The forms of the pages on the consultations with the state secretary. */
public final class SecretaryForms {

	private SecretaryForms() {
	}

	/** The meeting; {@code gepubliceerd} "ja" shows it on the public pages. */
	public record MeetingForm(
			String datum,
			@NotBlank(message = "{lobby.meeting.title.required}") @Size(max = 200, message = "{lobby.meeting.title.size}") String titel,
			@Size(max = 2000, message = "{lobby.meeting.participants.size}") String deelnemers,
			@Size(max = 20000, message = "{lobby.meeting.intro.size}") String inleiding,
			@Size(max = 40000, message = "{lobby.meeting.report.size}") String verslag,
			String gepubliceerd) {

		public static MeetingForm empty() {
			return new MeetingForm("", "", "", "", "", "");
		}

		public static MeetingForm of(StateSecretary.Meeting m) {
			return new MeetingForm(m.heldOn().toString(), m.title(), m.participants(), m.paperIntro(), m.report(),
					m.published() ? "ja" : "");
		}

		public boolean published() {
			return "ja".equals(gepubliceerd);
		}
	}

	/** A point of the position paper with the signals and the councils whose responses it cites. */
	public record PointForm(
			String nummer,
			@NotBlank(message = "{lobby.proposal.title.required}") @Size(max = 300, message = "{lobby.proposal.title.size}") String titel,
			@NotBlank(message = "{lobby.proposal.explanation.required}") @Size(max = 4000, message = "{lobby.proposal.explanation.size}") String toelichting,
			@Size(max = 500, message = "{lobby.proposal.signals.invalid}") String signalen,
			@Size(max = 4000, message = "{lobby.point.councils.size}") String gemeenten) {

		public static PointForm next(int number) {
			return new PointForm(Integer.toString(number), "", "", "", "");
		}

		public static PointForm of(StateSecretary.Point p, List<StateSecretary.CitedResponse> responses) {
			return new PointForm(Integer.toString(p.number()), p.title(), p.explanation(), SignalCitations.text(p.signalIds()),
					String.join(", ", responses.stream().map(StateSecretary.CitedResponse::municipality).toList()));
		}

		/** The municipality names typed, separated by commas or semicolons. */
		List<String> councils() {
			List<String> names = new ArrayList<>();
			for (String name : (gemeenten == null ? "" : gemeenten).split("[,;\\n]+")) {
				String stripped = name.strip();
				if (!stripped.isEmpty() && names.stream().noneMatch(n -> n.equalsIgnoreCase(stripped))) {
					names.add(stripped);
				}
			}
			return names;
		}
	}

	/** A commitment and whether it was kept. */
	public record CommitmentForm(
			@NotBlank(message = "{lobby.commitment.what.required}") @Size(max = 1000, message = "{lobby.commitment.what.size}") String wat,
			String status,
			@Size(max = 2000, message = "{lobby.commitment.note.size}") String notitie) {

		public static CommitmentForm empty() {
			return new CommitmentForm("", CommitmentStatus.OPEN.name(), "");
		}

		public static CommitmentForm of(StateSecretary.Commitment c) {
			return new CommitmentForm(c.what(), c.status().name(), c.note());
		}
	}
}
