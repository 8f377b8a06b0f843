package nl.alliantie.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every template needs besides its own page record: texts in the visitor's language, the
 * CSRF token for forms and htmx, who is logged in, and the navigation.
 */
public final class Ui {

	private final MessageSource messages;

	private final Locale locale;

	private final String path;

	private final String pathWithQuery;

	private final @Nullable CsrfToken csrf;

	private final @Nullable Viewer viewer;

	private final List<NavItem> navigation;

	private final String siteName;

	private final boolean demo;

	private final List<SiteLinks.Link> menuLinks;

	private final List<SiteLinks.Link> footerLinks;

	public Ui(MessageSource messages, Locale locale, String path, String pathWithQuery, @Nullable CsrfToken csrf,
			@Nullable Viewer viewer, List<NavItem> navigation, String siteName, boolean demo) {
		this(messages, locale, path, pathWithQuery, csrf, viewer, navigation, siteName, demo, List.of(), List.of());
	}

	public Ui(MessageSource messages, Locale locale, String path, String pathWithQuery, @Nullable CsrfToken csrf,
			@Nullable Viewer viewer, List<NavItem> navigation, String siteName, boolean demo, List<SiteLinks.Link> menuLinks,
			List<SiteLinks.Link> footerLinks) {
		this.menuLinks = menuLinks;
		this.footerLinks = footerLinks;
		this.messages = messages;
		this.locale = locale;
		this.path = path;
		this.pathWithQuery = pathWithQuery;
		this.csrf = csrf;
		this.viewer = viewer;
		this.navigation = navigation;
		this.siteName = siteName;
		this.demo = demo;
	}

	/** The text for {@code key} in the visitor's language. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public Locale locale() {
		return locale;
	}

	/** A date in running text in the visitor's language: "15 januari 2027" ({@code shared.time.WrittenDates}). */
	public String date(java.time.LocalDate date) {
		return nl.alliantie.shared.time.WrittenDates.date(date, locale);
	}

	public String lang() {
		return locale.getLanguage();
	}

	public String otherLang() {
		return "en".equals(lang()) ? "nl" : "en";
	}

	public String languageSwitchHref() {
		return "/taal/" + otherLang() + "?terug=" + URLEncoder.encode(pathWithQuery, StandardCharsets.UTF_8);
	}

	public String path() {
		return path;
	}

	public boolean isCurrent(NavItem item) {
		return item.path().equals("/") ? path.equals("/") : path.startsWith(item.path());
	}

	public String csrfParameter() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	/** The value of {@code hx-headers} so that every htmx request carries the CSRF token. */
	public String hxHeaders() {
		if (csrf == null) {
			return "{}";
		}
		return "{\"" + csrf.getHeaderName() + "\":\"" + csrf.getToken() + "\"}";
	}

	public boolean loggedIn() {
		return viewer != null;
	}

	public String userName() {
		return viewer == null ? "" : viewer.displayName();
	}

	public boolean hasRole(String role) {
		return viewer != null && viewer.hasRole(role);
	}

	public List<NavItem> navigation() {
		return navigation.stream().filter(item -> sees(item.role())).toList();
	}

	/** Whether a part meant for {@code role} shows: see {@link NavItem#role()}. */
	public boolean sees(@Nullable String role) {
		if (role == null) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		return NavItem.LOGGED_IN.equals(role) || hasRole(role) || hasRole("SECRETARIAAT");
	}

	/** The pages the secretariat put in the main menu ({@link SiteLinks}). */
	public List<SiteLinks.Link> menuLinks() {
		return menuLinks;
	}

	/** The pages the secretariat put in the footer ({@link SiteLinks}). */
	public List<SiteLinks.Link> footerLinks() {
		return footerLinks;
	}

	public boolean isCurrent(SiteLinks.Link link) {
		return path.equals(link.path());
	}

	public String siteName() {
		return siteName;
	}

	public boolean demo() {
		return demo;
	}
}
