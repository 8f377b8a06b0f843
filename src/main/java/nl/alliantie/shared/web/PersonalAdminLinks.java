package nl.alliantie.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * Tiles on the start page {@code /beheer} that depend on who is logged in (a representative's own
 * organisation), contributed as a bean by the module that owns the pages they lead to.
 */
public interface PersonalAdminLinks {

	/** The tiles for the person logged in now, in their language; empty when none applies. */
	List<Link> forCurrentViewer(Locale locale);

	/** A tile with its title and description already written out. */
	record Link(String title, String description, String path) {
	}
}
