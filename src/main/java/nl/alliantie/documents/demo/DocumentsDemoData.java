package nl.alliantie.documents.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.documents.DocumentKind;
import nl.alliantie.documents.library.DocumentStore;
import nl.alliantie.shared.files.FileKind;
import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;
import nl.alliantie.shared.demo.DemoData;
import nl.alliantie.shared.pdf.PdfRenderer;

/**
 * The library of the demo network: the two manifests, a position paper, a folder and a report as
 * small PDFs (the minutes and the lobby's position papers come in through their events). For the
 * bench: those, and 2,000 more entries of every kind, year and theme (one PDF, the rest listed
 * elsewhere), so that a search and every filter have rows to pass over.
 */
@Component
class DocumentsDemoData implements DemoData, BenchData {

	private static final String[][] DOCUMENTS = {
			{ "MANIFEST", "-9", "", "Manifest Armoede de wereld uit (2006)",
					"Het eerste manifest van de alliantie: tien punten tegen armoede en sociale uitsluiting, ondertekend door de aangesloten organisaties." },
			{ "MANIFEST", "-5", "", "Manifest Samen tegen armoede (2010)",
					"Het tweede manifest, met de afspraak dat elke gemeente een lokale sociale agenda maakt." },
			{ "POSITION_PAPER", "-1", "Schulden", "Positiepapier schuldhulpverlening",
					"Wat mensen in de schuldhulpverlening tegenkomen en wat de alliantie van gemeenten en het rijk vraagt: "
							+ "een vrij te besteden bedrag dat niet wordt beslagen en vroeg signaleren van betalingsachterstanden." },
			{ "FOLDER", "0", "Meedoen", "Folder: zo doet uw organisatie mee",
					"Een folder om uit te delen: wat de alliantie doet en hoe een organisatie zich aansluit." },
			{ "REPORT", "-1", "Energie", "Rapport energiearmoede in de regio's",
					"Wat de regio-overleggen over energieschulden en afsluitingen verzamelden, met de aanbevelingen." } };

	private final DocumentStore store;

	private final PdfRenderer pdf;

	private final JdbcClient jdbc;

	private final Clock clock;

	DocumentsDemoData(DocumentStore store, PdfRenderer pdf, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.pdf = pdf;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "documents";
	}

	@Override
	public int order() {
		return 95;
	}

	@Override
	@Transactional
	public void load() {
		int year = LocalDate.now(clock).getYear();
		for (String[] document : DOCUMENTS) {
			String title = document[3];
			byte[] file = pdf.render("<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>"
					+ document[4] + "</p></body></html>");
			store.upload(DocumentKind.valueOf(document[0]), year + Integer.parseInt(document[1]), document[2], title,
					document[4], FileKind.PDF, slug(title) + ".pdf", file);
		}
	}

	@Override
	@Transactional
	public void generate(BenchScale scale) {
		load();
		jdbc.sql("""
				insert into documents_document (kind, year, theme, title, description, href, source)
				select (array['MANIFEST','POSITION_PAPER','FOLDER','REPORT','PRESENTATION','PHOTO','MINUTES'])[1 + n % 7],
				       2010 + n % 16, (array['Schulden','Energie','Kinderen','Werk en inkomen','Wonen','Zorg'])[1 + n % 6],
				       (array['Verslag','Rapport','Positiepapier','Presentatie','Folder'])[1 + n % 5] || ' over '
				           || lower((array['Schulden','Energie','Kinderen','Werk en inkomen','Wonen','Zorg'])[1 + (n / 7) % 6]) || ' ' || n,
				       'Bench-document ' || n || ' over ' || (array['bijstand en voedselbank','energieschulden en afsluiting',
				           'statushouders en inburgering','kinderen in armoede','kwijtschelding van gemeentelijke lasten'])[1 + n % 5],
				       '/documenten', 'bench:' || n
				from generate_series(1, 2000) n
				""")
			.update();
	}

	private static String slug(String title) {
		return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
