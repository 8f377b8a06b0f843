package nl.alliantie.newsletter.archive;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.newsletter.editorial.Article;
import nl.alliantie.newsletter.editorial.Articles;
import nl.alliantie.newsletter.editorial.IssueStatus;
import nl.alliantie.newsletter.editorial.Issues;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.feed.AtomFeed;
import nl.alliantie.shared.images.Images;
import nl.alliantie.shared.time.DutchTime;
import nl.alliantie.shared.web.PageNumber;

/** The public archive: every sent issue as a web page, Dutch full-text search, and an Atom feed. */
@Controller
public class ArchiveController {

	static final int PAGE = 20;

	static final int MAX_QUERY = 200;

	/** One sent issue in a list. */
	public record Entry(long id, String label, String theme, Instant sentAt, String summary) {

		public String date() {
			return DateTimeFormatter.ofPattern("d-M-uuuu").format(sentAt.atZone(DutchTime.ZONE));
		}
	}

	public record ArchivePage(String query, List<Entry> entries, int page, boolean more) {

		/** The query as it goes into the pager's links. */
		public String queryInLink() {
			return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	/** An issue as a web page; {@code preview} when an editor looks at one not sent yet. */
	public record IssueWebPage(Issues.Issue issue, List<Article> articles, boolean preview) {
	}

	public record MissingPage() {
	}

	private final Archive archive;

	private final Issues issues;

	private final Articles articles;

	private final AlliantieProperties properties;

	ArchiveController(Archive archive, Issues issues, Articles articles, AlliantieProperties properties) {
		this.archive = archive;
		this.issues = issues;
		this.articles = articles;
		this.properties = properties;
	}

	@GetMapping("/nieuwsbrief/archief")
	String archive(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int pagina,
			Model model) {
		String query = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
		int page = PageNumber.of(pagina);
		List<Entry> entries = archive.entries(query, (page - 1) * PAGE, PAGE + 1);
		model.addAttribute("page", new ArchivePage(query, entries.stream().limit(PAGE).toList(), page,
				entries.size() > PAGE));
		return "newsletter/archive";
	}

	@GetMapping("/nieuwsbrief/archief/{id:[0-9]+}")
	String issue(@PathVariable long id, Model model, HttpServletResponse response) {
		var issue = issues.find(id).filter(i -> i.status() == IssueStatus.SENT);
		if (issue.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("page", new MissingPage());
			return "newsletter/archiveMissing";
		}
		model.addAttribute("page", new IssueWebPage(issue.get(), articles.ofIssue(id), false));
		return "newsletter/archived";
	}

	/**
	 * An article's picture as {@code shared.images} wrote it: by its random key, the same address for
	 * every reader of the mail and the archive; never the uploaded file.
	 */
	@GetMapping("/nieuwsbrief/beeld/{token}")
	ResponseEntity<byte[]> picture(@PathVariable String token) {
		Images.Picture found = articles.picture(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", "inline")
			.body(found.content());
	}

	@GetMapping(value = "/nieuwsbrief/archief.atom")
	void feed(HttpServletResponse response) throws java.io.IOException {
		List<Entry> entries = archive.entries("", 0, PAGE);
		AtomFeed feed = new AtomFeed(properties.absoluteUrl("/nieuwsbrief/archief.atom"),
				properties.name() + " nieuwsbrief", properties.absoluteUrl("/nieuwsbrief/archief.atom"),
				properties.absoluteUrl("/nieuwsbrief/archief"), properties.name(),
				entries.isEmpty() ? Instant.EPOCH : entries.get(0).sentAt());
		for (Entry entry : entries) {
			String url = properties.absoluteUrl("/nieuwsbrief/archief/" + entry.id());
			feed.entry(url, entry.label() + ": " + entry.theme(), entry.sentAt())
				.published(entry.sentAt())
				.link(url)
				.summary(entry.summary());
		}
		feed.writeTo(response);
	}
}
