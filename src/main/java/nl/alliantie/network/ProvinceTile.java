package nl.alliantie.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a province stands on a tile map in the shape of the country (the charts of the local agendas
 * and of the council letters' responses draw the same map): its abbreviation and the top-left corner
 * of its 100 px tile, 4 px apart, in a 420 × 420 drawing.
 */
public record ProvinceTile(String province, String abbreviation, int x, int y) {

	private static final List<ProvinceTile> ALL = List.of(at("Friesland", "FR", 2, 0), at("Groningen", "GR", 3, 0),
			at("Noord-Holland", "NH", 1, 1), at("Flevoland", "FL", 2, 1), at("Drenthe", "DR", 3, 1),
			at("Zuid-Holland", "ZH", 0, 2), at("Utrecht", "UT", 1, 2), at("Gelderland", "GE", 2, 2),
			at("Overijssel", "OV", 3, 2), at("Zeeland", "ZE", 0, 3), at("Noord-Brabant", "NB", 1, 3),
			at("Limburg", "LI", 2, 3))
		.stream()
		.sorted(Comparator.comparing(ProvinceTile::province))
		.toList();

	private static ProvinceTile at(String province, String abbreviation, int column, int row) {
		return new ProvinceTile(province, abbreviation, 4 + column * 104, 4 + row * 104);
	}

	/** Every province's tile, by name. */
	public static List<ProvinceTile> all() {
		return ALL;
	}

	public static Optional<ProvinceTile> of(String province) {
		return ALL.stream().filter(tile -> tile.province().equals(province)).findFirst();
	}

	/** The shade of a tile: 0 when there is nothing to count, else 1 to 4 by quarters of {@code percent}. */
	public static int shade(int counted, int percent) {
		return counted == 0 ? 0 : 1 + Math.min(3, percent / 25);
	}
}
