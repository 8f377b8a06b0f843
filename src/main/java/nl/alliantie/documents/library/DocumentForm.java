package nl.alliantie.documents.library;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.alliantie.documents.DocumentKind;

/** The form of {@code documents/edit.jte}: what the library says of a file (the file itself is a separate part). */
public record DocumentForm(
		String soort,
		@NotNull(message = "{documents.form.year.required}") @Min(value = 1990, message = "{documents.form.year.range}") @Max(value = 2100, message = "{documents.form.year.range}") Integer jaar,
		@Size(max = 80, message = "{documents.form.theme.size}") String thema,
		@NotBlank(message = "{documents.form.title.required}") @Size(max = 200, message = "{documents.form.title.size}") String titel,
		@Size(max = 4000, message = "{documents.form.description.size}") String beschrijving) {

	public DocumentForm {
		soort = soort == null ? "" : soort.strip();
		thema = thema == null ? "" : thema.strip();
		titel = titel == null ? "" : titel.strip();
		beschrijving = beschrijving == null ? "" : beschrijving.strip();
	}

	static DocumentForm empty(int year) {
		return new DocumentForm("", year, "", "", "");
	}

	static DocumentForm of(Document document) {
		return new DocumentForm(document.kind().slug(), document.year(), document.theme(), document.title(),
				document.description());
	}

	DocumentKind kind() {
		return DocumentKind.ofSlug(soort).orElseThrow();
	}
}
