package nl.alliantie.agendas.practices;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A practice as the secretariat writes it. Every field is plain text: markup is refused with a
 * sentence beside the field (it would show as text anyway). {@code stap}: the reached step it is
 * made from, if any.
 */
public record PracticeForm(
		@NotBlank(message = "{agendas.practice.title.required}") @Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String titel,
		@NotBlank(message = "{agendas.practice.what.required}") @Size(max = 4000, message = "{agendas.form.size.4000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String wat,
		@Size(max = 100, message = "{agendas.form.size}") String gemeente,
		@Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String partij,
		@Size(max = 300, message = "{agendas.practice.size.300}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String themas,
		@Size(max = 2000, message = "{agendas.form.size.2000}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String nodig,
		@Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = NO_MARKUP, message = "{agendas.form.markup}") String contactNaam,
		@Size(max = 200, message = "{agendas.form.size}") @Email(message = "{agendas.form.email.invalid}") String contactEmail,
		@Pattern(regexp = "^$|\\d{1,18}", message = "{agendas.practice.step.unknown}") String stap) {

	static final String NO_MARKUP = "(?s)(?!.*<[a-zA-Z/!?]).*";

	static PracticeForm empty() {
		return new PracticeForm("", "", "", "", "", "", "", "", "");
	}

	static PracticeForm of(Practices.Practice p) {
		return new PracticeForm(p.title(), p.what(), nz(p.municipality()), p.party(), p.themes(), p.took(),
				nz(p.contactName()), nz(p.contactEmail()), p.stepId() == null ? "" : p.stepId().toString());
	}

	/** A practice started from a reached step: what it did, where, by whom, and its contact. */
	static PracticeForm of(Practices.StepSource s) {
		String what = s.what() + (s.verdictNote().isBlank() ? "" : "\n\n" + s.verdictNote());
		return new PracticeForm(cut(s.what(), 200), cut(what, 4000), s.municipality(), cut(s.party(), 200), "",
				cut(s.measure(), 2000), nz(s.contactName()), nz(s.contactEmail()), Long.toString(s.stepId()));
	}

	@Nullable Long stepId() {
		return stap == null || stap.isBlank() ? null : Long.valueOf(stap);
	}

	Practices.Details details(@Nullable String municipality) {
		return new Practices.Details(titel, wat, municipality, partij, themas, nodig, contactNaam, contactEmail, stepId());
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
