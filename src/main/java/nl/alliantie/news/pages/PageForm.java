package nl.alliantie.news.pages;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The page form as served by {@code news/pageEdit.jte}; {@code plek} is where the page is linked
 * ({@link PagePlace#slug()}), left as it was when not sent.
 */
public record PageForm(
		@NotBlank(message = "{news.form.title.required}") @Size(max = 120, message = "{news.page.title.size}") String titel,
		@Size(max = 40000, message = "{news.form.body.size}") String tekst,
		@NotNull(message = "{news.page.position.required}") @Min(value = 0, message = "{news.page.position.range}") @Max(value = 99, message = "{news.page.position.range}") Integer plaats,
		String plek) {

	public PageForm {
		titel = titel == null ? "" : titel;
		tekst = tekst == null ? "" : tekst;
		plek = plek == null ? "" : plek.strip();
	}

	static PageForm of(SitePages.SitePage page) {
		return new PageForm(page.title(), page.body(), page.position(), page.place().slug());
	}

	/** This form, with the page's own place when none was sent. */
	PageForm placedLike(SitePages.SitePage page) {
		return plek.isEmpty() ? new PageForm(titel, tekst, plaats, page.place().slug()) : this;
	}

	boolean placeKnown() {
		return PagePlace.ofSlug(plek).isPresent();
	}

	PagePlace place() {
		return PagePlace.ofSlug(plek).orElseThrow();
	}
}
