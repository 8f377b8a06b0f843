package nl.alliantie.news.items;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The news form as served by {@code news/edit.jte}: every field it shows is here, and only those. */
public record NewsForm(
		@NotBlank(message = "{news.form.title.required}") @Size(max = 200, message = "{news.form.title.size}") String titel,
		@Size(max = 600, message = "{news.form.lead.size}") String inleiding,
		@Size(max = 40000, message = "{news.form.body.size}") String tekst,
		@Size(max = 300, message = "{news.form.alt.size}") String beeldtekst,
		Boolean beeldWeg) {

	public NewsForm {
		titel = titel == null ? "" : titel;
		inleiding = inleiding == null ? "" : inleiding;
		tekst = tekst == null ? "" : tekst;
		beeldtekst = beeldtekst == null ? "" : beeldtekst;
		beeldWeg = Boolean.TRUE.equals(beeldWeg);
	}

	/** Whether the secretariat ticked "remove the photo". */
	public boolean removePicture() {
		return beeldWeg;
	}

	static NewsForm empty() {
		return new NewsForm("", "", "", "", false);
	}

	static NewsForm of(NewsItem item) {
		return new NewsForm(item.title(), item.lead(), item.body(), item.imageAlt(), false);
	}
}
