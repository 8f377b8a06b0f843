package nl.alliantie.newsletter.sending;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import nl.alliantie.mail.MailTemplate;
import nl.alliantie.mail.Outbox;
import nl.alliantie.newsletter.editorial.Article;
import nl.alliantie.newsletter.editorial.Issues;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.text.Markdown;

/**
 * An issue as mail: HTML with inline styles (mail programs ignore style sheets) from the template
 * {@code newsletter/mail.jte}, and the same text without markup. No tracking pixel, no rewritten
 * link: links go where the writer pointed them. The recipient's own unsubscribe link is the place
 * {@code {{afmelden}}}, filled in per recipient by the outbox.
 */
@Component
public class IssueMail {

	public static final String UNSUBSCRIBE = "afmelden";

	public static final String TOKEN = "token";

	/**
	 * What the mail template shows of one article. Its picture comes from the site at one address
	 * for every reader (never a per-reader address: no tracking), at most {@value #PICTURE_WIDTH} px wide.
	 */
	public record MailArticle(String title, String lead, String bodyHtml, @Nullable String province, String author,
			@Nullable String pictureUrl, @Nullable String pictureAlt, int pictureWidth) {
	}

	/** The width of the mail's column of text. */
	static final int PICTURE_WIDTH = 560;

	/** What the mail template shows. */
	public record MailPage(String siteName, String subject, String theme, String label, String introductionHtml,
			List<MailArticle> articles, String webUrl, String unsubscribeUrl, String subscribeUrl) {
	}

	/** Inline styles per element, for the HTML that Markdown makes of what people wrote. */
	private static final Map<String, String> STYLES = Map.ofEntries(
			Map.entry("p", "margin:0 0 16px 0;font-size:17px;line-height:1.5;color:#1a1a1a;"),
			Map.entry("h2", "margin:24px 0 8px 0;font-size:20px;line-height:1.3;color:#1a1a1a;"),
			Map.entry("h3", "margin:20px 0 8px 0;font-size:18px;line-height:1.3;color:#1a1a1a;"),
			Map.entry("h4", "margin:16px 0 8px 0;font-size:17px;color:#1a1a1a;"),
			Map.entry("a", "color:#0b5394;text-decoration:underline;"),
			Map.entry("ul", "margin:0 0 16px 0;padding-left:24px;"),
			Map.entry("ol", "margin:0 0 16px 0;padding-left:24px;"),
			Map.entry("li", "margin:0 0 6px 0;font-size:17px;line-height:1.5;"),
			Map.entry("blockquote", "margin:0 0 16px 0;padding:0 0 0 12px;border-left:4px solid #cccccc;color:#444444;"),
			Map.entry("table", "border-collapse:collapse;margin:0 0 16px 0;"),
			Map.entry("th", "border:1px solid #cccccc;padding:4px 8px;text-align:left;"),
			Map.entry("td", "border:1px solid #cccccc;padding:4px 8px;"),
			Map.entry("pre", "white-space:pre-wrap;font-size:15px;"));

	private final TemplateEngine templates;

	private final AlliantieProperties properties;

	private final Outbox outbox;

	IssueMail(TemplateEngine templates, AlliantieProperties properties, Outbox outbox) {
		this.templates = templates;
		this.properties = properties;
		this.outbox = outbox;
	}

	public String subject(Issues.Issue issue) {
		return properties.name() + " nieuwsbrief " + issue.label() + ": " + issue.theme();
	}

	public String webUrl(Issues.Issue issue) {
		return properties.absoluteUrl("/nieuwsbrief/archief/" + issue.id());
	}

	/** The recipient's own unsubscribe link; it also tells which issue they left from. */
	public String unsubscribeUrl(String token, long issueId) {
		return properties.absoluteUrl("/nieuwsbrief/afmelden/" + token + "?nummer=" + issueId);
	}

	/** The mail for every recipient, with the places {@code {{afmelden}}} and {@code {{token}}}. */
	public MailTemplate template(Issues.Issue issue, List<Article> articles) {
		String place = "{{" + UNSUBSCRIBE + "}}";
		Map<String, String> headers = new LinkedHashMap<>();
		// the mailto goes to the bounce mailbox, whose reader turns it into mail.UnsubscribeMailed
		headers.put("List-Unsubscribe", "<" + place + ">, <mailto:" + outbox.unsubscribeAddress() + "?subject=afmelden%20{{"
				+ TOKEN + "}}>");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		headers.put("List-Id", properties.name() + " nieuwsbrief <nieuwsbrief." + host() + ">");
		headers.put("Precedence", "bulk");
		return new MailTemplate(subject(issue), text(issue, articles, place), html(issue, articles, place), headers);
	}

	/** The HTML of the mail, with {@code unsubscribeUrl} in its place (a preview shows a harmless one). */
	public String html(Issues.Issue issue, List<Article> articles, String unsubscribeUrl) {
		List<MailArticle> shown = articles.stream()
			.map(a -> new MailArticle(a.title(), a.lead(), styled(Markdown.toHtml(a.body())), a.province(), a.authorName(),
					a.picture() == null ? null : properties.absoluteUrl(a.picture().path()),
					a.picture() == null ? null : a.picture().alt(),
					a.picture() == null ? 0 : Math.min(PICTURE_WIDTH, a.picture().width())))
			.toList();
		MailPage page = new MailPage(properties.name(), subject(issue), issue.theme(), issue.label(),
				styled(Markdown.toHtml(issue.introduction())), shown, webUrl(issue), unsubscribeUrl,
				properties.absoluteUrl("/nieuwsbrief"));
		StringOutput output = new StringOutput();
		templates.render("newsletter/mail.jte", page, output);
		return output.toString();
	}

	/** The plain-text part. */
	public String text(Issues.Issue issue, List<Article> articles, String unsubscribeUrl) {
		StringBuilder text = new StringBuilder();
		text.append(subject(issue)).append("\n\n");
		if (!issue.introduction().isBlank()) {
			text.append(Markdown.toText(issue.introduction())).append("\n\n");
		}
		for (Article article : articles) {
			text.append("== ").append(article.title()).append(" ==\n");
			if (article.province() != null) {
				text.append(article.province()).append(" · ");
			}
			text.append(article.authorName()).append("\n\n");
			if (!article.lead().isBlank()) {
				text.append(article.lead()).append("\n\n");
			}
			if (article.picture() != null) {
				text.append("[Foto: ").append(article.picture().alt()).append("]\n\n");
			}
			text.append(Markdown.toText(article.body())).append("\n\n");
		}
		text.append("Op de website: ").append(webUrl(issue)).append("\n");
		text.append("Afmelden (met één klik): ").append(unsubscribeUrl).append("\n");
		return text.toString();
	}

	private static String styled(String html) {
		if (html.isEmpty()) {
			return html;
		}
		Document document = Jsoup.parseBodyFragment(html);
		for (Element element : document.body().getAllElements()) {
			String style = STYLES.get(element.tagName());
			if (style != null) {
				element.attr("style", style);
			}
		}
		document.outputSettings().prettyPrint(false);
		return document.body().html();
	}

	private String host() {
		String from = properties.mail().from();
		return from.substring(from.indexOf('@') + 1);
	}
}
