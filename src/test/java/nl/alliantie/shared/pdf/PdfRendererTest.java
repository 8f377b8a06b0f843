package nl.alliantie.shared.pdf;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfRendererTest {

	private final PdfRenderer renderer = new PdfRenderer();

	@Test
	void anA4LetterWithEmbeddedFontsPageNumbersAndTags() throws Exception {
		String paragraphs = "<p>Geachte raad, de energietoeslag van € 1.300 bereikt niet iedereen; één op de vijf huishoudens"
				+ " weet er niet van.</p>".repeat(1);
		String html = "<!doctype html><html lang=\"nl\"><head><title>Raadsbrief Zwolle 2027</title></head><body>"
				+ "<h1>Aan de gemeenteraad van Zwolle</h1>" + (paragraphs + "<p>Lange tekst om de pagina te vullen.</p>").repeat(40)
				+ "<p><em>schuin</em> en <strong>vet</strong></p></body></html>";
		byte[] pdf = renderer.render(html);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			PDPage first = document.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Aan de gemeenteraad van Zwolle").contains("€ 1.300").contains("één op de vijf")
				.contains("Pagina 1 van " + document.getNumberOfPages());
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("DejaVu");
				}
			}
			// tagged for screen readers: a structure tree, marked content, the title shown and the language
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Raadsbrief Zwolle 2027");
		}
	}

	@Test
	void nothingIsFetchedWhateverTheTextAsksFor() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger requests = new AtomicInteger();
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			byte[] pdf = renderer.render("<p>Tekst<img src=\"" + base + "/a.png\" alt=\"a\">"
					+ "<link rel=\"stylesheet\" href=\"" + base + "/b.css\"><img src=\"file:///etc/passwd\" alt=\"b\">"
					+ "<a href=\"" + base + "/c\">link</a></p>");
			assertThat(requests).hasValue(0);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Tekst").doesNotContain("root:");
			}
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aFragmentGetsATitleAndDutch() throws Exception {
		try (PDDocument document = Loader.loadPDF(renderer.render("<p>Alleen een alinea</p>"))) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
			assertThat(new PDFTextStripper().getText(document)).contains("Alleen een alinea");
		}
	}

	@Test
	void theSameHtmlIsBuiltOnceHoweverManyAskAtTheSameTime() throws Exception {
		PdfRenderer bounded = new PdfRenderer(2, Duration.ofSeconds(30), 1024 * 1024);
		String html = "<html lang=\"nl\"><head><title>Jaarverslag</title></head><body>"
				+ "<p>Wat we deden.</p>".repeat(300) + "</body></html>";
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService visitors = Executors.newFixedThreadPool(8);
		try {
			List<Future<byte[]>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(visitors.submit(() -> {
					start.await();
					return bounded.render(html);
				}));
			}
			start.countDown();
			byte[] first = answers.get(0).get();
			for (Future<byte[]> answer : answers) {
				// one build: every visitor gets the very same bytes, not an equal copy
				assertThat(answer.get()).isSameAs(first);
			}
			assertThat(bounded.render(html)).isSameAs(first);
			// another text is another PDF
			assertThat(bounded.render(html.replace("Wat we deden.", "Wat we lieten."))).isNotSameAs(first);
		}
		finally {
			visitors.shutdownNow();
		}
	}

	@Test
	void whenEveryBuilderIsBusyTheVisitorHearsSoInsteadOfWaitingForever() throws Exception {
		PdfRenderer bounded = new PdfRenderer(1, Duration.ofMillis(50), 1024 * 1024);
		bounded.building.acquire();
		try {
			assertThatThrownBy(() -> bounded.render("<p>Brief</p>")).isInstanceOf(PdfBusyException.class);
		}
		finally {
			bounded.building.release();
		}
		// the failure is not remembered: once a builder is free the PDF comes
		try (PDDocument document = Loader.loadPDF(bounded.render("<p>Brief</p>"))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Brief");
		}
	}
}
