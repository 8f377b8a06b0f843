package nl.alliantie.agendas.agenda;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The forms of an agenda's staff pages. Plain-text fields refuse markup with a sentence (it would
 * show as text anyway); the advice is Markdown and is sanitised when shown.
 */
public final class Forms {

	/** No HTML tag, comment or declaration: {@code <} followed by a letter, {@code /}, {@code !} or {@code ?}. */
	static final String NO_MARKUP = "(?s)(?!.*<[a-zA-Z/!?]).*";

	private Forms() {
	}

	public record NewAgendaForm(
			@NotBlank(message = "{agendas.form.municipality.required}") @Size(max = 100, message = "{agendas.form.size}") String gemeente,
			@NotBlank(message = "{agendas.form.year.required}") @Pattern(regexp = "^$|\\d{4}", message = "{agendas.form.year.invalid}") String jaar,
			@Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String kartrekker,
			@Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String contactNaam,
			@Size(max = 200, message = "{agendas.form.size}") @Email(message = "{agendas.form.email.invalid}") String contactEmail,
			@Size(max = 2000, message = "{agendas.form.size.2000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String ambitie) {

		public static NewAgendaForm empty(int year) {
			return new NewAgendaForm("", Integer.toString(year), "", "", "", "");
		}
	}

	public record BasicsForm(
			@Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String kartrekker,
			@Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String contactNaam,
			@Size(max = 200, message = "{agendas.form.size}") @Email(message = "{agendas.form.email.invalid}") String contactEmail,
			@Size(max = 2000, message = "{agendas.form.size.2000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String ambitie) {

		public static BasicsForm of(AgendaView a) {
			return new BasicsForm(a.leadName() == null ? "" : a.leadName(), nz(a.contactName()), nz(a.contactEmail()),
					a.ambition());
		}
	}

	public record PartyForm(
			@NotBlank(message = "{agendas.form.party.required}") @Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String naam,
			@NotBlank(message = "{agendas.form.kind.required}") @Pattern(regexp = "^$|GEMEENTE|MAATSCHAPPELIJK|BEDRIJF|BASISGROEP", message = "{agendas.form.kind.required}") String soort,
			@Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String partijContact,
			@Size(max = 200, message = "{agendas.form.size}") @Email(message = "{agendas.form.email.invalid}") String partijEmail) {

		public static PartyForm empty() {
			return new PartyForm("", "MAATSCHAPPELIJK", "", "");
		}
	}

	public record ActivityForm(
			String activiteitPartij,
			@NotBlank(message = "{agendas.form.activity.required}") @Size(max = 2000, message = "{agendas.form.size.2000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String activiteit,
			@Size(max = 500, message = "{agendas.form.size.500}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String voorWie,
			@Size(max = 500, message = "{agendas.form.size.500}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String bereik) {

		public static ActivityForm empty() {
			return new ActivityForm("", "", "", "");
		}
	}

	public record NeedForm(
			@NotBlank(message = "{agendas.form.need.required}") @Size(max = 2000, message = "{agendas.form.size.2000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String nodig,
			@Size(max = 4000, message = "{agendas.form.size.4000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String waarom,
			@Size(max = 50, message = "{agendas.form.signals.many}") List<String> signalen) {

		public NeedForm {
			signalen = signalen == null ? List.of() : List.copyOf(signalen.stream().filter(java.util.Objects::nonNull).toList());
		}

		/** The chosen signals that are numbers (anything else was not offered). */
		public List<Long> signalIds() {
			return signalen.stream().map(Forms::id).filter(java.util.Objects::nonNull).toList();
		}

		public boolean cites(long signal) {
			return signalen.contains(Long.toString(signal));
		}

		public static NeedForm empty() {
			return new NeedForm("", "", List.of());
		}
	}

	public record StepForm(
			String partij,
			String behoefte,
			@NotBlank(message = "{agendas.form.step.required}") @Size(max = 2000, message = "{agendas.form.size.2000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String stap,
			@NotBlank(message = "{agendas.form.due.required}") @Pattern(regexp = "^$|\\d{4}-\\d{2}-\\d{2}", message = "{agendas.form.due.invalid}") String datum,
			@NotBlank(message = "{agendas.form.measure.required}") @Size(max = 2000, message = "{agendas.form.size.2000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String maatstaf) {

		public static StepForm empty(int year) {
			return new StepForm("", "", "", year + "-12-31", "");
		}

		public static StepForm of(AgendaView.Step s) {
			return new StepForm(Long.toString(s.partyId()), s.needId() == null ? "" : s.needId().toString(), s.what(),
					s.due().toString(), s.measure());
		}
	}

	public record AdviceForm(@Size(max = 20000, message = "{agendas.form.size.20000}") String advies) {
	}

	public record VerdictForm(
			@Pattern(regexp = "^$|BEHAALD|DEELS_BEHAALD|NIET_BEHAALD|NIET_BEOORDEELD", message = "{agendas.form.verdict.invalid}") String oordeel,
			@Size(max = 500, message = "{agendas.form.size.500}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String toelichting) {

		public static VerdictForm of(AgendaView.Step s) {
			return new VerdictForm(s.verdict() == null ? "" : s.verdict().name(), nz(s.verdictNote()));
		}
	}

	/** A number typed or chosen in a form, null when it is none. */
	public static @Nullable Long id(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static String nz(String text) {
		return text == null ? "" : text;
	}
}
