package nl.alliantie.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium driven by Playwright, one per test class, registered with
 * {@code @RegisterExtension static Browser browser = new Browser();}.
 */
public class Browser implements AfterAllCallback {

	static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Playwright playwright;

	private com.microsoft.playwright.Browser chromium;

	/** A fresh browser context (cookies, storage) with one page, {@code width} pixels wide. */
	public Page newPage(String baseUrl, int width) {
		if (playwright == null) {
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromiumPath())
					.setHeadless(true)
					.setArgs(CHROMIUM_ARGS));
		}
		BrowserContext context = chromium
			.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, 800).setLocale("nl-NL"));
		context.setDefaultTimeout(15_000);
		return context.newPage();
	}

	public Page newPage(String baseUrl) {
		return newPage(baseUrl, 1024);
	}

	/** The Playwright of this browser, e.g. for a request without the browser's cookies (a mail program). */
	public Playwright playwright() {
		return playwright;
	}

	/** Fails when the page scrolls sideways (every page fits 320 px). */
	public static void fitsTheScreen(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on %s", page.url()).isTrue();
	}

	/** Runs axe-core with the WCAG 2.2 A and AA rules and fails on any violation. */
	public static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		String found = results.getViolations()
			.stream()
			.map(Browser::describe)
			.collect(Collectors.joining("\n"));
		assertThat(results.getViolations()).as("axe-core violations on %s:\n%s", page.url(), found).isEmpty();
	}

	/**
	 * The page fits its viewport: nothing makes it scroll sideways (a table may scroll inside its
	 * own box, which keeps the page itself in place).
	 */
	public static void assertFits(Page page) {
		Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		List<?> both = (List<?>) widths;
		int scroll = ((Number) both.get(0)).intValue();
		int viewport = ((Number) both.get(1)).intValue();
		assertThat(scroll).as("%s is %d px wide in a %d px window", page.url(), scroll, viewport)
			.isLessThanOrEqualTo(viewport);
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " -> " + rule.getNodes()
			.stream()
			.map(node -> String.valueOf(node.getTarget()))
			.collect(Collectors.joining(", "));
	}

	static Path chromiumPath() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		throw new IllegalStateException("Chromium not found: install Debian's chromium package (.ci/run does)");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}
}
