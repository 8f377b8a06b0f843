package nl.alliantie.news.pages;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.alliantie.shared.web.SiteLinks;

/** The pages in the main menu and in the footer, in their order, from {@link SitePages}' memory. */
@Component
class PageLinks implements SiteLinks {

	private final SitePages pages;

	PageLinks(SitePages pages) {
		this.pages = pages;
	}

	@Override
	public List<Link> menu() {
		return in(PagePlace.MENU);
	}

	@Override
	public List<Link> footer() {
		return in(PagePlace.FOOTER);
	}

	private List<Link> in(PagePlace place) {
		return pages.all().stream().filter(page -> page.place() == place)
			.map(page -> new Link(page.title(), page.path())).toList();
	}
}
