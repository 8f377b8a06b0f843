package nl.alliantie.shared.web;

import java.util.List;

/**
 * Links a module puts in the main menu or the footer of every page, with a title of its own (not a
 * message key, unlike {@link NavItem}): the pages the secretariat edits. Called on every page, so
 * an implementation answers from memory.
 */
public interface SiteLinks {

	/** A link with its text as shown. */
	record Link(String title, String path) {
	}

	/** Shown in the main menu, after the {@link NavItem}s. */
	List<Link> menu();

	/** Shown in the footer. */
	List<Link> footer();
}
