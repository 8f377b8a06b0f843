package nl.alliantie.lobby.letters;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;
import nl.alliantie.network.ProvinceTile;

/**
 * What the councils of each province did with a campaign's letter, as a tile map in the shape of
 * the country and as a table: letters that went out, and how many councils put the letter on the
 * agenda, discussed it or passed a motion. One query (the letters' responses; the register's
 * municipalities are kept in memory), none when given the responses read already.
 */
@Component
public class ResponseMap {

	/** The responses that mean the council took the letter up. */
	static final Set<Response> TAKEN_UP = EnumSet.of(Response.ON_AGENDA, Response.DISCUSSED, Response.MOTION_PASSED);

	/** A province: letters sent, councils that took it up, motions passed, share taken up, shade 0–4, place. */
	public record Tile(String province, String abbreviation, int sent, int takenUp, int motions, int percent, int shade,
			int x, int y) {
	}

	/** How many of these responses there are of each kind. */
	public static Map<Response, Integer> counts(Map<String, Response> responses) {
		Map<Response, Integer> counts = new EnumMap<>(Response.class);
		responses.values().forEach(response -> counts.merge(response, 1, Integer::sum));
		return counts;
	}

	private final LetterStore letters;

	private final Network network;

	ResponseMap(LetterStore letters, Network network) {
		this.letters = letters;
		this.network = network;
	}

	public List<Tile> of(long campaignId) {
		return of(letters.responses(campaignId));
	}

	/** The tiles of these responses (municipality to response, the letters that went out). */
	public List<Tile> of(Map<String, Response> responses) {
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
		return ProvinceTile.all().stream().map(tile -> {
			int[] c = counts.getOrDefault(tile.province(), new int[3]);
			int percent = c[0] == 0 ? 0 : Math.round(100f * c[1] / c[0]);
			return new Tile(tile.province(), tile.abbreviation(), c[0], c[1], c[2], percent,
					ProvinceTile.shade(c[0], percent), tile.x(), tile.y());
		}).toList();
	}
}
