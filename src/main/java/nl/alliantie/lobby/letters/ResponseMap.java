package nl.alliantie.lobby.letters;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;

/**
 * What the councils of each province did with a campaign's letter, as a tile map in the shape of
 * the country and as a table: letters that went out, and how many councils put the letter on the
 * agenda, discussed it or passed a motion. Two queries (the letters' responses, the register's
 * municipalities).
 */
@Component
public class ResponseMap {

	/** Column and row of each province, in the shape of the country. */
	static final Map<String, int[]> PLACES = Map.ofEntries(Map.entry("Friesland", new int[] { 2, 0 }),
			Map.entry("Groningen", new int[] { 3, 0 }), Map.entry("Noord-Holland", new int[] { 1, 1 }),
			Map.entry("Flevoland", new int[] { 2, 1 }), Map.entry("Drenthe", new int[] { 3, 1 }),
			Map.entry("Zuid-Holland", new int[] { 0, 2 }), Map.entry("Utrecht", new int[] { 1, 2 }),
			Map.entry("Gelderland", new int[] { 2, 2 }), Map.entry("Overijssel", new int[] { 3, 2 }),
			Map.entry("Zeeland", new int[] { 0, 3 }), Map.entry("Noord-Brabant", new int[] { 1, 3 }),
			Map.entry("Limburg", new int[] { 2, 3 }));

	static final Map<String, String> SHORT = Map.ofEntries(Map.entry("Friesland", "FR"), Map.entry("Groningen", "GR"),
			Map.entry("Noord-Holland", "NH"), Map.entry("Flevoland", "FL"), Map.entry("Drenthe", "DR"),
			Map.entry("Zuid-Holland", "ZH"), Map.entry("Utrecht", "UT"), Map.entry("Gelderland", "GE"),
			Map.entry("Overijssel", "OV"), Map.entry("Zeeland", "ZE"), Map.entry("Noord-Brabant", "NB"),
			Map.entry("Limburg", "LI"));

	/** The responses that mean the council took the letter up. */
	static final Set<Response> TAKEN_UP = EnumSet.of(Response.ON_AGENDA, Response.DISCUSSED, Response.MOTION_PASSED);

	/** A province: letters sent, councils that took it up, motions passed, share taken up, shade 0–4, place. */
	public record Tile(String province, String abbreviation, int sent, int takenUp, int motions, int percent, int shade,
			int x, int y) {
	}

	private final LetterStore letters;

	private final Network network;

	ResponseMap(LetterStore letters, Network network) {
		this.letters = letters;
		this.network = network;
	}

	public List<Tile> of(long campaignId) {
		Map<String, Response> responses = letters.responses(campaignId);
		Map<String, int[]> counts = new HashMap<>();
		for (Network.MunicipalitySummary m : network.municipalities()) {
			Response response = responses.get(m.name());
			if (response != null) {
				int[] c = counts.computeIfAbsent(m.province(), k -> new int[3]);
				c[0]++;
				c[1] += TAKEN_UP.contains(response) ? 1 : 0;
				c[2] += response == Response.MOTION_PASSED ? 1 : 0;
			}
		}
		return PLACES.keySet()
			.stream()
			.sorted(Comparator.naturalOrder())
			.map(province -> {
				int[] c = counts.getOrDefault(province, new int[3]);
				int percent = c[0] == 0 ? 0 : Math.round(100f * c[1] / c[0]);
				int shade = c[0] == 0 ? 0 : 1 + Math.min(3, percent / 25);
				int[] at = PLACES.get(province);
				return new Tile(province, SHORT.get(province), c[0], c[1], c[2], percent, shade, 4 + at[0] * 104,
						4 + at[1] * 104);
			})
			.toList();
	}
}
