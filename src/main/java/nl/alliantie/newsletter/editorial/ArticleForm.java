package nl.alliantie.newsletter.editorial;

import org.jspecify.annotations.Nullable;

/** An article as typed: title, lead, body in Markdown, and the province it is about. */
public record ArticleForm(String titel, String inleiding, String tekst, String provincie) {

	public static final ArticleForm BLANK = new ArticleForm("", "", "", "");

	static ArticleForm of(Article article) {
		return new ArticleForm(article.title(), article.lead(), article.body(),
				article.province() == null ? "" : article.province());
	}

	String title() {
		return titel == null ? "" : titel.strip();
	}

	String lead() {
		return inleiding == null ? "" : inleiding.strip();
	}

	String body() {
		return tekst == null ? "" : tekst.strip();
	}

	@Nullable String province() {
		return provincie == null || provincie.isBlank() ? null : provincie.strip();
	}
}
