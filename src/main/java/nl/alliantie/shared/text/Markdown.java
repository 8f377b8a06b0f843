package nl.alliantie.shared.text;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * The one way text written by people (news, newsletter articles, pages, advice) becomes HTML:
 * CommonMark with tables and bare links, then an allow-list sanitiser, so that no raw HTML, script,
 * style, event handler, {@code javascript:} or {@code data:} link and no image from elsewhere
 * survives, whatever the author (or someone who took over their account) typed. Raw HTML in the
 * source is escaped, not passed through; the sanitiser is the second wall, not the only one.
 * Links to other sites open as usual but carry {@code rel="nofollow noopener noreferrer"}.
 * Thread-safe; one instance for the whole application.
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	/** Headings start at level 2: the page's own title is the only h1. */
	private static final Safelist SAFELIST = new Safelist()
		.addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote",
				"ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td")
		.addAttributes("a", "href", "title")
		.addAttributes("ol", "start")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addProtocols("a", "href", "https", "http", "mailto", "tel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	/**
	 * Texts are rendered once and then kept (by their source, at most {@value #KEPT_CHARACTERS}
	 * characters of sources and results together, least used first out): parsing, rendering and
	 * sanitising a long text costs far more than looking it up, and feeds and lists render the same
	 * texts on every request (the lobby's Atom feed renders thirty council letters' national texts
	 * twice each). The result is a pure function of the source, so nothing needs to be emptied.
	 */
	static final long KEPT_CHARACTERS = 8_000_000;

	/** Sources longer than this are rendered every time rather than push everything else out. */
	static final int LONGEST_KEPT = 100_000;

	private static final Cache<String, String> HTML_KEPT = kept();

	private static final Cache<String, String> TEXT_KEPT = kept();

	private Markdown() {
	}

	private static Cache<String, String> kept() {
		return Caffeine.newBuilder()
			.maximumWeight(KEPT_CHARACTERS / 2)
			.weigher((String source, String result) -> source.length() + result.length())
			.build();
	}

	/** Safe HTML for this Markdown source (empty for null or blank). */
	public static String toHtml(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		return source.length() > LONGEST_KEPT ? render(source) : HTML_KEPT.get(source, Markdown::render);
	}

	private static String render(String source) {
		Node document = PARSER.parse(source);
		shiftHeadings(document);
		String rendered = HTML.render(document);
		Document dirty = Jsoup.parseBodyFragment(rendered);
		// an image is turned into its alt text: images are uploaded and placed by the modules, never hot-linked
		for (Element image : dirty.select("img")) {
			image.replaceWith(new org.jsoup.nodes.TextNode(image.attr("alt")));
		}
		Document clean = new Cleaner(SAFELIST).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/** The same, ready to write into a JTE template unescaped ({@code ${Markdown.content(text)}}). */
	public static Content content(String source) {
		String html = toHtml(source);
		return (TemplateOutput output) -> output.writeContent(html);
	}

	/** The text without any markup, e.g. for a plain-text mail, a feed summary or a search index. */
	public static String toText(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		return source.length() > LONGEST_KEPT ? plain(source) : TEXT_KEPT.get(source, Markdown::plain);
	}

	private static String plain(String source) {
		return TEXT.render(PARSER.parse(source)).strip();
	}

	/** The first {@code max} characters of {@link #toText}, cut at a word, with an ellipsis when cut. */
	public static String summary(String source, int max) {
		String text = toText(source).replaceAll("\\s+", " ");
		if (text.length() <= max) {
			return text;
		}
		int cut = text.lastIndexOf(' ', max - 1);
		return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
	}

	private static void shiftHeadings(Node document) {
		document.accept(new org.commonmark.node.AbstractVisitor() {
			@Override
			public void visit(org.commonmark.node.Heading heading) {
				heading.setLevel(Math.min(6, heading.getLevel() + 1));
				visitChildren(heading);
			}
		});
	}
}
