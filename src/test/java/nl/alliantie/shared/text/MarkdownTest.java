package nl.alliantie.shared.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

	@Test
	void rendersWhatAuthorsWrite() {
		String html = Markdown.toHtml("""
				# Kop

				Een **vette** en *schuine* tekst met [een link](https://example.org/a?b=c) en https://alliantie.nl.

				- een
				- twee

				| thema | aantal |
				|---|---:|
				| werk | 3 |
				""");
		assertThat(html).contains("<h2>Kop</h2>")
			.contains("<strong>vette</strong>")
			.contains("<em>schuine</em>")
			.contains("<a href=\"https://example.org/a?b=c\" rel=\"nofollow noopener noreferrer\">een link</a>")
			.contains("<a href=\"https://alliantie.nl\" rel=\"nofollow noopener noreferrer\">https://alliantie.nl</a>")
			.contains("<li>twee</li>")
			.contains("<th>thema</th>")
			.contains("<td align=\"right\">3</td>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[klik](javascript:alert(1))",
			"[klik](JaVaScRiPt:alert(1))", "[klik](data:text/html;base64,PHNjcmlwdD4=)", "<a href=\"javascript:alert(1)\">x</a>",
			"<iframe src=https://evil.example></iframe>", "<style>body{display:none}</style>", "![x](https://evil.example/t.png)",
			"<div onclick=\"alert(1)\">x</div>", "[x](vbscript:msgbox(1))", "<svg onload=alert(1)>", "<a href='&#106;avascript:alert(1)'>x</a>",
			"[x](&#106;avascript:alert(1))", "<form action=https://evil.example><input name=p></form>" })
	void nothingActiveSurvives(String attack) {
		String html = Markdown.toHtml("Tekst " + attack + " einde");
		// what a browser would build from it: only inert elements, only harmless attributes and link targets
		Document parsed = Jsoup.parseBodyFragment(html);
		for (Element element : parsed.body().getAllElements()) {
			assertThat(element.tagName()).isIn("body", "p", "a", "br", "strong", "em", "code");
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).isIn("href", "rel", "title");
			}
			if (element.hasAttr("href")) {
				assertThat(element.attr("href")).matches("(?i)(https?://|mailto:).*");
			}
		}
		assertThat(parsed.text()).contains("Tekst").contains("einde");
	}

	@Test
	void rawHtmlIsShownAsTextNotDropped() {
		assertThat(Markdown.toHtml("a <b>b</b>")).contains("&lt;b&gt;b&lt;/b&gt;");
	}

	@Test
	void headingsNeverCompeteWithThePageTitle() {
		assertThat(Markdown.toHtml("# een\n\n###### zes")).contains("<h2>een</h2>").contains("<h6>zes</h6>")
			.doesNotContain("<h1");
	}

	@Test
	void plainTextAndSummary() {
		assertThat(Markdown.toText("**Vet** en [link](https://x.nl)")).isEqualTo("Vet en \"link\" (https://x.nl)");
		assertThat(Markdown.summary("Een twee drie vier vijf zes", 14)).isEqualTo("Een twee drie…");
		assertThat(Markdown.summary("Kort", 14)).isEqualTo("Kort");
		assertThat(Markdown.toHtml(null)).isEmpty();
		assertThat(Markdown.toHtml("  ")).isEmpty();
	}

	/** A text is rendered once and then kept; a very long one is rendered each time, with the same result. */
	@Test
	void aTextIsRenderedOnceAndKept() {
		String source = "Een **kept** tekst " + System.nanoTime();
		String first = Markdown.toHtml(source);
		assertThat(Markdown.toHtml(new String(source))).isSameAs(first).startsWith("<p>Een <strong>kept</strong> tekst "
				+ source.substring(source.lastIndexOf(' ') + 1) + "</p>");
		assertThat(Markdown.toText(new String(source))).isSameAs(Markdown.toText(source));
		String huge = "*a* ".repeat(Markdown.LONGEST_KEPT / 4 + 1);
		assertThat(Markdown.toHtml(huge)).isNotSameAs(Markdown.toHtml(huge)).isEqualTo(Markdown.toHtml(huge));
	}
}
