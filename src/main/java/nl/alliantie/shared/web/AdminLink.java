package nl.alliantie.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * A tile on the start page {@code /beheer}, contributed as a bean by the module that owns the page.
 *
 * @param role the role that sees it ({@code null}: everyone logged in); the secretariat sees all
 */
public record AdminLink(String titleKey, String descriptionKey, String path, int order, @Nullable String role) {
}
