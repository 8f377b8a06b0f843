package nl.alliantie.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Turns an HTML page into an A4 PDF: letters to councils, the year report. The HTML is what a
 * template renders for the browser preview too, so the two never differ; it is read with jsoup
 * (HTML5, no XHTML needed). Every PDF
 * <ul>
 * <li>has DejaVu Sans embedded (shipped in {@code resources/fonts}, licence beside it), so it looks
 * the same everywhere and Dutch and euro signs print;</li>
 * <li>is tagged for screen readers (PDF/UA as far as openhtmltopdf goes: structure tree, the
 * document's {@code <title>} and {@code lang});</li>
 * <li>has the page number and count at the foot of every page (override {@code @page} in the
 * document's own style to change it);</li>
 * <li>never fetches anything: no image, style or font from a network or the file system, whatever a
 * local author put in the text (a PDF is built on the server; a link in it is only a link).</li>
 * </ul>
 * Images must be given as {@code data:} URIs. Thread-safe.
 * <p>
 * A PDF is the one page a visitor can ask for that costs tens of megabytes and tens of
 * milliseconds of CPU to build, so building is bounded: at most one PDF per core is built at a time
 * (a visitor who waits longer than {@link #WAIT} gets {@link PdfBusyException}, the 503 page, instead
 * of an application that runs out of memory), the same HTML is built once even when many ask for it
 * at once, and the last PDFs built are remembered by the SHA-256 of their HTML (a changed text is a
 * different key, so nothing needs invalidating).
 */
@Component
public class PdfRenderer {

	/** Comes first in the head, so that the document's own style overrides it. */
	static final String BASE_STYLE = """
			@page { size: A4; margin: 22mm 20mm 24mm 22mm;
			  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #555; } }
			body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.45; color: #111; }
			h1 { font-size: 16pt; margin: 0 0 8pt; } h2 { font-size: 13pt; margin: 14pt 0 6pt; } h3 { font-size: 11pt; }
			table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 0.5pt solid #999; padding: 3pt 4pt; text-align: left; vertical-align: top; }
			a { color: #0b4f8a; } .page-break { page-break-before: always; }
			""";

	private static final String[] FETCHING_PROTOCOLS = { "http", "https", "file", "ftp", "jar" };

	private static final FSStreamFactory NOTHING = uri -> new FSStream() {
		@Override
		public @Nullable InputStream getStream() {
			return null;
		}

		@Override
		public @Nullable Reader getReader() {
			return null;
		}
	};

	static {
		XRLog.setLoggerImpl(new Slf4jLog());
	}

	/** How long a request waits for its turn to build a PDF before it gets the busy page. */
	static final Duration WAIT = Duration.ofSeconds(20);

	/** Bytes of built PDFs remembered. */
	static final long KEPT_BYTES = 16L * 1024 * 1024;

	final Semaphore building;

	private final Duration wait;

	private final Cache<String, byte[]> kept;

	private final ConcurrentHashMap<String, CompletableFuture<byte[]>> underway = new ConcurrentHashMap<>();

	@Autowired
	public PdfRenderer() {
		this(Runtime.getRuntime().availableProcessors(), WAIT, KEPT_BYTES);
	}

	PdfRenderer(int atOnce, Duration wait, long keptBytes) {
		this.building = new Semaphore(Math.max(1, atOnce), true);
		this.wait = wait;
		this.kept = Caffeine.newBuilder()
			.maximumWeight(keptBytes)
			.weigher((String key, byte[] pdf) -> pdf.length)
			.build();
	}

	/**
	 * The PDF of this HTML page (a whole document with {@code <title>} and {@code lang}, or a
	 * fragment): remembered, or built now (once, however many ask for it at the same time).
	 *
	 * @throws PdfBusyException when no builder was free within {@link #WAIT}
	 */
	public byte[] render(String html) {
		String key = sha256(html);
		byte[] pdf = kept.getIfPresent(key);
		if (pdf != null) {
			return pdf;
		}
		CompletableFuture<byte[]> mine = new CompletableFuture<>();
		CompletableFuture<byte[]> running = underway.putIfAbsent(key, mine);
		if (running != null) {
			return awaitOther(running);
		}
		try {
			pdf = buildInTurn(html);
			kept.put(key, pdf);
			mine.complete(pdf);
			return pdf;
		}
		catch (RuntimeException | Error e) {
			mine.completeExceptionally(e);
			throw e;
		}
		finally {
			underway.remove(key, mine);
		}
	}

	private byte[] buildInTurn(String html) {
		boolean turn;
		try {
			turn = building.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PdfBusyException();
		}
		if (!turn) {
			throw new PdfBusyException();
		}
		try {
			return build(html);
		}
		finally {
			building.release();
		}
	}

	private byte[] awaitOther(CompletableFuture<byte[]> running) {
		try {
			return running.get(wait.toMillis() * 2, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PdfBusyException();
		}
		catch (TimeoutException e) {
			throw new PdfBusyException();
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("PDF could not be built", e.getCause());
		}
	}

	private static String sha256(String html) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static byte[] build(String html) {
		Document document = Jsoup.parse(html);
		document.head().prependElement("style").text(BASE_STYLE);
		if (document.title().isBlank()) {
			document.title("Document");
		}
		if (document.selectFirst("meta[name=subject]") == null) {
			// PDF/UA asks for a description (openhtmltopdf reads it from meta "subject"); the title is the best one the document has
			document.head().appendElement("meta").attr("name", "subject").attr("content", document.title());
		}
		if (!document.child(0).hasAttr("lang")) {
			document.child(0).attr("lang", "nl");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.withProducer("Alliantie");
		font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
		font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
		builder.useProtocolsStreamImplementation(NOTHING, FETCHING_PROTOCOLS);
		builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
		builder.withW3cDocument(new W3CDom().fromJsoup(document), "about:blank");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("PDF could not be built", e);
		}
		return out.toByteArray();
	}

	/** openhtmltopdf's messages into the application's log: its chatter at debug, its warnings as warnings. */
	private static final class Slf4jLog implements XRLogger {

		private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("com.openhtmltopdf");

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, @Nullable Throwable error) {
			if (where != null && where.endsWith("css-parse")) {
				// the same HTML is the browser's preview: CSS that only browsers know is expected, not a fault
				log.debug("{}: {}", where, message, error);
			}
			else if (level.intValue() >= Level.SEVERE.intValue()) {
				log.error("{}: {}", where, message, error);
			}
			else if (level.intValue() >= Level.WARNING.intValue()) {
				log.warn("{}: {}", where, message, error);
			}
			else {
				log.debug("{}: {}", where, message, error);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// the application's logging configuration decides
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/" + file), "DejaVu Sans", weight, style, true);
	}
}
