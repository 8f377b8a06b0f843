package nl.alliantie.news.pages;

import java.util.Arrays;
import java.util.Optional;

/** Where a page is linked besides "Over ons": in the main menu, in the footer, or nowhere else. */
public enum PagePlace {

	MENU("menu"), FOOTER("voettekst"), ABOUT_ONLY("alleen-over-ons");

	private final String slug;

	PagePlace(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	static Optional<PagePlace> ofSlug(String slug) {
		return Arrays.stream(values()).filter(place -> place.slug.equals(slug)).findFirst();
	}
}
