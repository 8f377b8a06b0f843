package nl.alliantie.news.items;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.feed.AtomFeed;
import nl.alliantie.shared.images.Images;
import nl.alliantie.shared.text.Markdown;
import nl.alliantie.shared.web.NavItem;

/** The public news: a paged list, each item, its picture and an Atom feed (RFC 4287). */
@Controller
public class NewsController {

	/** What {@code news/list.jte} shows. */
	public record ListPage(List<NewsItem> items, int page, boolean hasNext) {
	}

	/** What {@code news/item.jte} shows; {@code html} is the body through the sanitising renderer. */
	public record ItemPage(NewsItem item, String html) {
	}

	private final NewsStore store;

	private final AlliantieProperties properties;

	NewsController(NewsStore store, AlliantieProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@GetMapping("/nieuws")
	String list(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		if (page < 1 || page > 10_000) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<NewsItem> items = store.published(page);
		if (items.isEmpty() && page > 1) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("page", new ListPage(items.subList(0, Math.min(items.size(), NewsStore.PAGE_SIZE)), page,
				items.size() > NewsStore.PAGE_SIZE));
		return "news/list";
	}

	@GetMapping("/nieuws/{id:\\d+}")
	String item(@PathVariable long id, Model model) {
		NewsItem item = store.find(id).filter(NewsItem::published)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new ItemPage(item, Markdown.toHtml(item.body())));
		return "news/item";
	}

	@GetMapping("/nieuws/{id:\\d+}/beeld")
	ResponseEntity<byte[]> picture(@PathVariable long id) {
		return serve(store.picture(id, true));
	}

	static ResponseEntity<byte[]> serve(Optional<Images.Picture> picture) {
		Images.Picture found = picture.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", "inline")
			.body(found.content());
	}

	@GetMapping("/nieuws.atom")
	void feed(HttpServletResponse response) throws IOException {
		List<NewsItem> items = store.published(1);
		String base = properties.baseUrl().replaceAll("/+$", "");
		Instant updated = items.stream().map(NewsItem::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		AtomFeed feed = new AtomFeed(base + "/nieuws", properties.name() + " – nieuws", base + "/nieuws.atom",
				base + "/nieuws", properties.name(), updated);
		for (NewsItem item : items.subList(0, Math.min(items.size(), NewsStore.PAGE_SIZE))) {
			feed.entry(base + item.path(), item.title(), item.updatedAt())
				.published(item.publishedAt())
				.link(base + item.path())
				.summary(item.lead())
				.html(Markdown.toHtml(item.body()));
		}
		feed.writeTo(response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem newsNavItem() {
			return NavItem.everyone("news.nav", "/nieuws", 70);
		}
	}
}
