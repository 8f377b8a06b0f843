package nl.alliantie.events.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import nl.alliantie.conferences.Occasions;
import nl.alliantie.events.EventKind;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.events.announcing.EventStore.Draft;
import nl.alliantie.shared.demo.DemoData;

/**
 * Demo one-off events after sources 003 and 004: the national symposium "Versterk, vertrouw,
 * verbind" in six weeks and a regional working meeting to start local agendas in three, each with
 * a few registrations (made as the secretariat does: confirmed at once, mailed to the demo
 * addresses), and a round-table session held last month with its report and a photo, which the
 * document library lists.
 */
@Component
class EventsDemoData implements DemoData {

	private final EventStore store;

	private final Occasions occasions;

	private final Clock clock;

	EventsDemoData(EventStore store, Occasions occasions, Clock clock) {
		this.store = store;
		this.occasions = occasions;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "events";
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public void load() {
		LocalDate today = LocalDate.now(clock);
		LocalDate symposiumDay = today.plusWeeks(6);
		long symposium = store.announce(new Draft(EventKind.SYMPOSIUM, "Landelijk symposium Versterk, vertrouw, verbind",
				symposiumDay, LocalTime.of(10, 0), LocalTime.of(16, 30), "Jaarbeurs", "Jaarbeursplein 6", "Utrecht", null,
				"""
						Ter gelegenheid van het tienjarig bestaan van de alliantie: vernieuwing als antwoord op bezuinigingen.

						## Ochtend

						- Opening door de voorzitter
						- Inleiding: *armoede en de lokale verzorgingsstaat*
						- Toespraak van de minister van Sociale Zaken, naar aanleiding van het manifest **Nederland armoedevrij!**

						## Middag

						- Discussie in vier rondes
						- Afsluiting met een drankje
						""", 150, symposiumDay.minusDays(7)));
		LocalDate meetingDay = today.plusWeeks(3);
		long meeting = store.announce(new Draft(EventKind.WORKING_MEETING, "Werkbijeenkomst: een lokale sociale agenda starten",
				meetingDay, LocalTime.of(13, 30), LocalTime.of(16, 30), "De Hanzehof", "Coehoornsingel 1", "Zutphen", "oost",
				"""
						Samen met organisaties uit uw gemeente een lokale sociale agenda maken, met concrete activiteiten.
						Wij werken met het stappenplan uit de toolkit.

						1. Wie doet er al wat?
						2. Wat is er nodig?
						3. Welke kleine stappen zet u dit jaar?
						""", 12, meetingDay.minusDays(2)));
		String[][] people = { { "Fatima el Amrani", "Voedselbank Zutphen" }, { "Henk Jansen", "Cliëntenraad Deventer" },
				{ "Ria de Boer", "" }, { "Joost Visser", "Humanitas Apeldoorn" } };
		for (int i = 0; i < people.length; i++) {
			String email = "bijeenkomst" + (i + 1) + "@demo.alliantie.local";
			occasions.registerConfirmed(store.find(meeting).orElseThrow().occasion(),
					new Occasions.Registration(people[i][0], email, people[i][1], "", "nl"));
			if (i < 2) {
				occasions.registerConfirmed(store.find(symposium).orElseThrow().occasion(),
						new Occasions.Registration(people[i][0], email, people[i][1], i == 1 ? "Rolstoelplek" : "", "nl"));
			}
		}
		LocalDate heldDay = today.minusWeeks(4);
		long held = store.announce(new Draft(EventKind.ROUND_TABLE, "Rondetafelgesprek Wet maatregelen WWB", heldDay,
				LocalTime.of(14, 0), LocalTime.of(16, 0), "Nieuwspoort", "Lange Poten 10", "Den Haag", "west",
				"Met Kamerleden en ervaringsdeskundigen over de gevolgen van de wet voor mensen in de bijstand.", 30,
				heldDay));
		var occasion = store.find(held).orElseThrow().occasion();
		occasions.publish(occasion, "Verslag van het rondetafelgesprek", "verslag-rondetafel.pdf", pdf());
		occasions.publish(occasion, "Aan tafel in Nieuwspoort", "rondetafel.png", photo());
	}

	static byte[] pdf() {
		String text = "Verslag van het rondetafelgesprek";
		String stream = "BT /F1 18 Tf 72 760 Td (" + text + ") Tj ET";
		return ("""
				%%PDF-1.4
				1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
				2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
				3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj
				4 0 obj<</Length %d>>stream
				%s
				endstream endobj
				5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj
				trailer<</Root 1 0 R>>
				%%%%EOF
				""".formatted(stream.length(), stream)).getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] photo() {
		BufferedImage image = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xf4f3ef));
		graphics.fillRect(0, 0, 640, 420);
		graphics.setColor(new Color(0x0b4f8a));
		graphics.fillOval(170, 110, 300, 200);
		graphics.setColor(new Color(0x8a1538));
		for (int seat = 0; seat < 10; seat++) {
			double angle = 2 * Math.PI * seat / 10;
			graphics.fillOval((int) (305 + 190 * Math.cos(angle)), (int) (195 + 140 * Math.sin(angle)), 30, 30);
		}
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
