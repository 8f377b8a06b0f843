package nl.alliantie.documents.library;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import nl.alliantie.documents.DocumentKind;
import nl.alliantie.shared.files.FileKind;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PageNumber;

/**
 * The public library: the list with search and filters (one query for the page, one for the
 * filter's choices), each entry's page, and an uploaded file as stored (never anything the
 * browser could run: {@code nosniff}, a sandbox, office files as downloads).
 */
@Controller
public class LibraryController {

	static final int PAGE_SIZE = 20;

	static final int MAX_QUERY = 200;

	/**
	 * The last page a visitor can open (2,000 entries deep; a filter or a search narrows further):
	 * deeper, the offset makes PostgreSQL step over more rows than a page may cost.
	 */
	static final int MAX_PAGE = 100;

	/** What {@code documents/list.jte} shows. */
	public record ListPage(DocumentStore.Filter filter, String kindSlug, List<Document> documents, int page,
			boolean hasNext, DocumentStore.Choices choices, List<DocumentKind> kinds) {

		/** The address of this list without its page number. */
		public String baseHref() {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/documenten");
			if (!filter.query().isEmpty()) {
				uri.queryParam("q", filter.query());
			}
			if (filter.kind() != null) {
				uri.queryParam("soort", filter.kind().slug());
			}
			if (filter.year() != null) {
				uri.queryParam("jaar", filter.year());
			}
			if (!filter.theme().isEmpty()) {
				uri.queryParam("thema", filter.theme());
			}
			return uri.encode(StandardCharsets.UTF_8).build().toUriString();
		}
	}

	/** What {@code documents/document.jte} shows. */
	public record DocumentPage(Document document) {
	}

	private final DocumentStore store;

	LibraryController(DocumentStore store) {
		this.store = store;
	}

	@GetMapping("/documenten")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String soort,
			@RequestParam(defaultValue = "") String jaar, @RequestParam(defaultValue = "") String thema,
			@RequestParam(name = "pagina", defaultValue = "1") String pagina, Model model) {
		String query = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
		DocumentKind kind = DocumentKind.ofSlug(soort).orElse(null);
		Integer year = jaar.matches("[0-9]{4}") ? Integer.valueOf(jaar) : null;
		String theme = thema.strip().length() > 80 ? "" : thema.strip();
		int page = Math.min(MAX_PAGE, PageNumber.of(pagina.matches("[0-9]{1,6}") ? Integer.parseInt(pagina) : 1));
		DocumentStore.Filter filter = new DocumentStore.Filter(query, kind, year, theme);
		List<Document> found = store.page(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", new ListPage(filter, kind == null ? "" : kind.slug(),
				found.subList(0, Math.min(found.size(), PAGE_SIZE)), page, found.size() > PAGE_SIZE, store.choices(),
				List.of(DocumentKind.values())));
		return "documents/list";
	}

	@GetMapping("/documenten/{id:[0-9]{1,18}}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", new DocumentPage(load(id)));
		return "documents/document";
	}

	@GetMapping("/documenten/{id:[0-9]{1,18}}/bestand")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		Document document = load(id);
		FileKind kind = document.file();
		if (kind == null) { // listed from another module, not uploaded
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] content = store.content(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ContentDisposition disposition = (kind.inline() ? ContentDisposition.inline()
				: ContentDisposition.attachment()).filename(document.fileName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(kind.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
			.header("Content-Disposition", disposition.toString())
			.body(content);
	}

	private Document load(long id) {
		return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		NavItem documentsNavItem() {
			return NavItem.everyone("documents.nav", "/documenten", 75);
		}
	}
}
