package nl.alliantie.news.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;
import nl.alliantie.shared.demo.DemoData;
import nl.alliantie.shared.images.Images;

/**
 * A few news items for the demo network, and for the bench as many as fill a few pages (the first
 * with a photo, so that {@code /nieuws/1/beeld} exists).
 */
@Component
class NewsDemoData implements DemoData, BenchData {

	private static final String[][] ITEMS = {
			{ "Raadsbrief gaat naar alle gemeenten", "In april krijgt elke gemeenteraad onze brief met concrete voorstellen.",
					"De alliantie stuurt dit voorjaar weer een **raadsbrief** naar alle gemeenten.\n\n"
							+ "## Wat vragen wij?\n\n- een energiefonds dat het hele jaar open is\n- kwijtschelding zonder drempels\n"
							+ "- een minimaregeling die mensen ook echt vinden\n\nLokale groepen kunnen meeschrijven aan het deel over hun gemeente." },
			{ "Alliantiedagen: aanmelden kan", "Dit najaar vier dagen in vier steden, met workshops over werk en inkomen.",
					"Op de Alliantiedagen ontmoeten mensen uit het hele land elkaar. Aanmelden kan zonder account." },
			{ "Signalen uit de praktijk: de energierekening", "Steeds meer signalen over energieschulden en afsluitingen.",
					"In de afgelopen maanden kwamen tientallen signalen binnen over **energieschulden**. Wij brengen ze in het regio-overleg." } };

	private final JdbcClient jdbc;

	private final Clock clock;

	NewsDemoData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "news";
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	@Transactional
	public void load() {
		insert(ITEMS.length);
	}

	@Override
	@Transactional
	public void generate(BenchScale scale) {
		insert(36);
	}

	private void insert(int count) {
		Images.Picture photo = photo();
		for (int i = 0; i < count; i++) {
			String[] item = ITEMS[i % ITEMS.length];
			Timestamp published = Timestamp.from(clock.instant().minus(Duration.ofDays(3L * (count - i))));
			boolean withPhoto = i == 0;
			jdbc.sql("""
					insert into news_item (title, lead, body, status, published_at, image, image_type, image_alt,
					    image_width, image_height, created_at, updated_at)
					values (:title, :lead, :body, 'PUBLISHED', :at, :image, :type, :alt, :width, :height, :at, :at)
					""")
				.param("title", count > ITEMS.length ? item[0] + " (" + (i + 1) + ")" : item[0])
				.param("lead", item[1])
				.param("body", item[2])
				.param("at", published)
				.param("image", withPhoto ? photo.content() : null)
				.param("type", withPhoto ? photo.contentType() : null)
				.param("alt", withPhoto ? "Een kleurvlak in de kleuren van de alliantie" : "")
				.param("width", withPhoto ? photo.width() : null)
				.param("height", withPhoto ? photo.height() : null)
				.update();
		}
	}

	private static Images.Picture photo() {
		BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(0x8a1538), 1600, 900, new Color(0xf4f3ef)));
		graphics.fillRect(0, 0, 1600, 900);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return Images.scaled(out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (Images.NotAPicture e) {
			throw new IllegalStateException(e);
		}
	}
}
