package nl.alliantie.news.pages;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The page form as served by {@code news/pageEdit.jte}. */
public record PageForm(
		@NotBlank(message = "{news.form.title.required}") @Size(max = 120, message = "{news.page.title.size}") String titel,
		@Size(max = 40000, message = "{news.form.body.size}") String tekst,
		@NotNull(message = "{news.page.position.required}") @Min(value = 0, message = "{news.page.position.range}") @Max(value = 99, message = "{news.page.position.range}") Integer plaats) {

	public PageForm {
		titel = titel == null ? "" : titel;
		tekst = tekst == null ? "" : tekst;
	}

	static PageForm of(SitePages.SitePage page) {
		return new PageForm(page.title(), page.body(), page.position());
	}
}
