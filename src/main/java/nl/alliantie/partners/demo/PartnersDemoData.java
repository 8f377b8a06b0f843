package nl.alliantie.partners.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.partners.list.PartnerKind;
import nl.alliantie.partners.list.PartnerStore;
import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;
import nl.alliantie.shared.demo.DemoData;
import nl.alliantie.shared.images.Images;

/** Three partners and two funders, each with a plain logo (the first has id 1 in the bench data). */
@Component
class PartnersDemoData implements DemoData, BenchData {

	private static final Object[][] PARTNERS = {
			{ "Landelijk Netwerk Armoedebestrijding", PartnerKind.PARTNER, "https://example.org/netwerk", "Deelt kennis over lokale aanpakken.", 0x8a1538 },
			{ "Vereniging van Ervaringsdeskundigen", PartnerKind.PARTNER, "https://example.org/ervaring", "Brengt de stem van mensen in armoede in.", 0x1b5e20 },
			{ "Kenniscentrum Schulden", PartnerKind.PARTNER, null, "Onderzoek naar schuldhulpverlening.", 0x0d47a1 },
			{ "Fonds Sociale Samenhang", PartnerKind.FUNDER, "https://example.org/fonds", "Betaalt het secretariaat mee.", 0x4a148c },
			{ "Stichting Meedoen", PartnerKind.FUNDER, "https://example.org/meedoen", "", 0xe65100 } };

	private final PartnerStore store;

	PartnersDemoData(PartnerStore store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "partners";
	}

	@Override
	public int order() {
		return 96;
	}

	@Override
	@Transactional
	public void load() {
		int position = 10;
		for (Object[] partner : PARTNERS) {
			store.add((String) partner[0], (PartnerKind) partner[1], partner[2] == null ? "" : (String) partner[2],
					(String) partner[3], position, logo((Integer) partner[4]));
			position += 10;
		}
	}

	@Override
	@Transactional
	public void generate(BenchScale scale) {
		load();
	}

	private static Images.Picture logo(int rgb) {
		BufferedImage image = new BufferedImage(480, 160, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 480, 160);
		graphics.setColor(new Color(rgb));
		graphics.fillOval(20, 20, 120, 120);
		graphics.fillRect(170, 60, 280, 40);
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
