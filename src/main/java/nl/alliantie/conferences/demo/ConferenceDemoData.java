package nl.alliantie.conferences.demo;

import java.time.Clock;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.conferences.editions.DayBlock;
import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.editions.Workshops;
import nl.alliantie.conferences.editions.Session;
import nl.alliantie.conferences.publications.Publications;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.shared.demo.DemoData;

/**
 * Demo Alliantiedagen after the 2013 edition "Groeien in kracht" (source 003/004): this year's
 * edition with five days in different towns, six workshops and some registrations, and last
 * year's edition with evaluations, reports and photos.
 */
@Component
class ConferenceDemoData implements DemoData {

	record Town(String town, String venue, String address, String region) {
	}

	static final List<Town> TOWNS = List.of(new Town("Zutphen", "De Hanzehof", "Coehoornsingel 1", "oost"),
			new Town("Rotterdam", "Pauluskerk", "Mauritsweg 20", "west"),
			new Town("Amsterdam", "De Meevaart", "Balistraat 48a", "west"),
			new Town("Beilen", "De Kiepe", "Kruisstraat 3", "noord"),
			new Town("Roermond", "ECI Cultuurfabriek", "Stationsplein 1", "zuid"));

	static final String[][] WORKSHOPS = {
			{ "Armoedebestrijding in de praktijk", "Veel gemeenten beknibbelen op bijzondere bijstand; noodfondsen en voedselbanken krijgen meer aanvragen. In elke werkgroep stelt zich een noodfonds voor.", "CliP-Stimulansz" },
			{ "De Participatiewet, activering en tegenprestatie", "Eén regeling voor bijstand, sociale werkvoorziening en Wajong. Wij verzamelen wat goed is en waar wij ons zorgen over maken.", "FNV" },
			{ "Maatjes naar werk", "Leiders uit bedrijven en organisaties helpen mensen in een kwetsbare positie op weg naar werk, met Jobmaatjes en ZZP-maatjes.", "Gidsnetwerk" },
			{ "Cliëntenparticipatie en de kracht van een lokaal netwerk", "Invloed hebben gaat verder dan de raadszaal. Samenwerken is het sleutelwoord.", "Landelijke Cliëntenraad" },
			{ "Sociale coöperaties", "Inspirerende ideeën en voorbeelden van bewoners die samen een oplossing organiseren tussen gemeente en burger.", "Nicole Estejé" },
			{ "Actie! Werken met behoud van uitkering", "Wanneer is het zinvol en wanneer is het verdringing? Wat kunnen wij als lokale groep doen?", "FNV" } };

	static final String[][] SPEAKERS = { { "Thomas Kampen", "Vrije Universiteit", "De geluksmachine loopt vast op eigen kracht" },
			{ "Hans Bosselaar", "Vrije Universiteit", "Bouwplaats lokale verzorgingsstaat" },
			{ "Hans Bosselaar", "Vrije Universiteit", "Bouwplaats lokale verzorgingsstaat" },
			{ "Anne van Dijk", "FNV Bondgenoten", "Werk en inkomen in het noorden" },
			{ "René Paas", "Divosa", "Decentraal en schraal" } };

	private final Editions editions;

	private final EditionViews editionViews;

	private final Days days;

	private final Workshops workshops;

	private final Registrations registrations;

	private final Publications publications;

	private final JdbcClient jdbc;

	private final Clock clock;

	ConferenceDemoData(Editions editions, EditionViews editionViews, Days days, Workshops workshops, Registrations registrations, Publications publications, JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.editions = editions;
		this.editionViews = editionViews;
		this.days = days;
		this.workshops = workshops;
		this.registrations = registrations;
		this.publications = publications;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "conferences";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void load() {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		long current = edition(year, "Groeien in kracht", "Alliantiedagen " + year + ": Groeien in kracht",
				"Vijf dagen vol ontmoeting en uitwisseling. Met een inleiding, vier korte bijdragen uit de praktijk, een vrolijk intermezzo en werkgroepen.");
		List<Long> currentDays = days(current, year, today.plusDays(10));
		String[] people = { "Ria Jansen", "Mohamed El Amrani", "Ans de Boer", "Kees Visser", "Fatma Yilmaz", "Jan Bakker",
				"Greetje Mulder", "Piet de Groot" };
		for (int i = 0; i < people.length; i++) {
			DayView day = editionViews.day(currentDays.get(i % 2)).orElseThrow();
			List<Session> sessions = day.sessions();
			registrations.register(new Registrations.Request(day.day().id(), people[i],
					people[i].toLowerCase().replace(' ', '.') + "@demo.alliantie.local", i % 3 == 0 ? "Cliëntenraad " + day.day().town() : "",
					sessions.get(i % sessions.size()).workshopId(), sessions.get((i + 1) % sessions.size()).workshopId(),
					i == 2 ? "Rolstoelplek graag" : "", i % 4 == 1 ? "Vegetarisch" : ""));
		}

		long last = edition(year - 1, "Versterk, vertrouw, verbind", "Alliantiedagen " + (year - 1) + ": Versterk, vertrouw, verbind",
				"Terugblik: verslagen, presentaties en foto's van de vijf dagen.");
		List<Long> lastDays = days(last, year - 1, LocalDate.of(year - 1, 10, 3));
		for (long dayId : lastDays) {
			pastRegistrationsAndEvaluations(dayId);
			publications.store(last, dayId, null, "report", "Verslag van de dag", "verslag.pdf", pdf());
			publications.store(last, dayId, null, "photo", "De zaal tijdens de inleiding", "zaal.png", photo("Alliantiedag", new Color(0x8a1538)));
			long session = editionViews.day(dayId).orElseThrow().sessions().get(0).id();
			publications.store(last, dayId, session, "photo", "In de werkgroep", "werkgroep.png", photo("Werkgroep", new Color(0x0b4f8a)));
		}
	}

	private long edition(int year, String theme, String title, String description) {
		long id = editions.createEdition(year, theme, title, description);
		for (String[] workshop : WORKSHOPS) {
			workshops.addWorkshop(id, workshop[0], workshop[1], workshop[2]);
		}
		editions.addPartner(id, "CliP-Stimulansz", "partner", "Hulp bij de organisatie", null);
		editions.addPartner(id, "Werkgroep Arme Kant van Nederland/EVA", "partner", "Hulp bij de organisatie", null);
		editions.addPartner(id, "Alliantiepartners", "funder", "Gezamenlijke financiële bijdrage", null);
		editions.addPartner(id, "PIN fonds", "funder", "Bijdrage aan de kosten", null);
		return id;
	}

	/** Five days a week apart; four to six workshops depending on the expected attendance. */
	private List<Long> days(long editionId, int year, LocalDate first) {
		var workshops = editionViews.view(year).orElseThrow().workshops();
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < TOWNS.size(); i++) {
			Town town = TOWNS.get(i);
			int capacity = i == 3 ? 60 : 120;
			int number = days.addDay(editionId, first.plusWeeks(i), town.town(), town.venue(), town.address(), town.region(), capacity);
			DayView day = editionViews.day(year, number).orElseThrow();
			ids.add(day.day().id());
			int offered = i == 3 ? 4 : 6;
			for (int w = 0; w < offered; w++) {
				days.offerWorkshop(day.day().id(), workshops.get(w).id(), 25, 8);
			}
			for (DayBlock block : day.blocks()) {
				if (block.kind().equals("introduction")) {
					days.addSpeaker(day.day().id(), block.id(), SPEAKERS[i][0], SPEAKERS[i][1], SPEAKERS[i][2], "");
				}
				if (block.kind().equals("intermezzo")) {
					days.addSpeaker(day.day().id(), block.id(), "Additude", "Theatergroep", "Op de fiets naar de Voedselbank", "");
				}
				if (block.kind().equals("contribution") && block.startsAt().equals(LocalTime.of(11, 0))) {
					days.addSpeaker(day.day().id(), block.id(), "Annemiek Onstenk", "Qracht 500", "Een blad van en voor mensen met weinig geld", "");
				}
			}
		}
		return ids;
	}

	/** Registrations of a past day written directly (the service takes none after the day), with evaluations. */
	private void pastRegistrationsAndEvaluations(long dayId) {
		jdbc.sql("""
				insert into conferences_registration (day_id, name, email, organisation, consent_at, status, session_id,
				  workshop_status, checked_in_at, created_at)
				select d.id, 'Deelnemer ' || n, 'deelnemer' || n || '.' || d.id || '@demo.alliantie.local',
				       (array['Cliëntenraad', 'Voedselbank', 'Humanitas', 'Anti-armoedegroep', ''])[1 + n % 5],
				       now() - interval '1 year', 'registered',
				       (select s.id from conferences_session s where s.day_id = d.id order by s.id offset n % 4 limit 1),
				       'placed', now() - interval '1 year', now() - interval '13 months'
				from conferences_day d, generate_series(1, 24) n where d.id = :day
				""")
			.param("day", dayId)
			.update();
		jdbc.sql("update conferences_day set taken = (select count(*) from conferences_registration r where r.day_id = conferences_day.id and r.status = 'registered') where id = :day")
			.param("day", dayId)
			.update();
		jdbc.sql("update conferences_session s set taken = (select count(*) from conferences_registration r where r.session_id = s.id and r.workshop_status = 'placed') where s.day_id = :day")
			.param("day", dayId)
			.update();
		jdbc.sql("""
				insert into conferences_evaluation (registration_id, day_id, session_id, mark_introduction, mark_contributions,
				  mark_intermezzo, mark_workshop, mark_overall, liked, improve, next_time)
				select r.id, r.day_id, r.session_id, 3 + r.id % 3, 2 + r.id % 4, 4 + r.id % 2, 3 + (r.id + 1) % 3, 4 + r.id % 2,
				       (array['De werkgroepen waren levendig.', 'Goed om mensen uit de regio te ontmoeten.', ''])[1 + r.id % 3],
				       (array['', 'Meer tijd voor vragen.', 'De zaal was te warm.'])[1 + r.id % 3],
				       (array['Schulden', '', 'Energiearmoede'])[1 + r.id % 3]
				from conferences_registration r where r.day_id = :day and r.id % 3 <> 0
				""")
			.param("day", dayId)
			.update();
	}

	static byte[] pdf() {
		String pdf = """
				%PDF-1.4
				1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
				2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
				3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj
				4 0 obj<</Length 58>>stream
				BT /F1 18 Tf 72 760 Td (Verslag van de Alliantiedag) Tj ET
				endstream endobj
				5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj
				trailer<</Root 1 0 R>>
				%%EOF
				""";
		return pdf.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] photo(String text, Color color) {
		BufferedImage image = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xf4f3ef));
		graphics.fillRect(0, 0, 640, 420);
		graphics.setColor(color);
		for (int row = 0; row < 4; row++) {
			for (int seat = 0; seat < 8; seat++) {
				graphics.fillOval(60 + seat * 66, 170 + row * 55, 36, 36);
			}
		}
		graphics.fillRect(220, 40, 200, 90);
		graphics.setColor(Color.WHITE);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
		graphics.drawString(text, 240, 92);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
