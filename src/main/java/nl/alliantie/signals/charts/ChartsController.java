package nl.alliantie.signals.charts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.network.Network;
import nl.alliantie.signals.handling.Themes;

/**
 * Pictures of the published signals, drawn on the server as SVG (no JavaScript, no inline styles:
 * colours come from classes in the stylesheet), each followed by the same numbers as a table:
 * signals per theme over the last eight quarters, and a tile map with one tile per province laid
 * out in the shape of the country, shaded by count with the count written in the tile. The pictures
 * of a theme, language and quarter are kept until the signals or their themes change (docs/adr/0037).
 */
@Controller
public class ChartsController {

	static final int QUARTERS = 8;

	/** Column and row of each province in the tile map. */
	static final Map<String, int[]> TILES = Map.ofEntries(Map.entry("Friesland", new int[] { 2, 0 }),
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

	/** One bar of a theme's row: its quarter, count and place in the drawing. */
	public record Bar(String quarter, int count, int x, int y, int height) {
	}

	public record ThemeRow(String name, int total, int y, List<Bar> bars) {
	}

	public record ThemeChart(List<String> quarters, List<ThemeRow> rows, int width, int height, int max) {
	}

	/** A province tile: where it is drawn, its count and shade (0 lightest to 4 darkest). */
	public record Tile(String province, @Nullable String abbreviation, String regionName, int count, int shade, int x, int y) {
	}

	/** A shade of the legend with the counts it stands for. */
	public record Step(int shade, int from, int to) {
	}

	public record TileMap(List<Tile> tiles, List<Step> legend, int withoutProvince) {
	}

	public record ChartsPage(ThemeChart themes, TileMap map, List<Themes.Theme> themeList, @Nullable String theme) {
	}

	private final Figures figures;

	private final Themes themes;

	private final Network network;

	private final Clock clock;

	private record Key(@Nullable String theme, java.util.Locale locale, LocalDate day) {
	}

	private final nl.alliantie.shared.memory.UntilChanged<Key, ChartsPage> kept;

	ChartsController(Figures figures, Themes themes, Network network, Clock clock,
			nl.alliantie.shared.db.DatabaseNotifications notifications,
			@org.springframework.beans.factory.annotation.Value("${alliantie.figures.keep:true}") boolean keep) {
		this.clock = clock;
		this.figures = figures;
		this.themes = themes;
		this.network = network;
		this.kept = new nl.alliantie.shared.memory.UntilChanged<>(notifications, java.util.Set.of("signals_changed"), 100,
				keep, key -> {
					List<Themes.Theme> all = themes.all();
					return new ChartsPage(themeChart(all, key.locale()), tileMap(key.theme()), all, key.theme());
				});
	}

	@GetMapping("/signalen/cijfers")
	String charts(@RequestParam(required = false) String thema, Model model, java.util.Locale locale) {
		String theme = themes.all().stream().map(Themes.Theme::key).filter(k -> k.equals(thema)).findFirst().orElse(null);
		model.addAttribute("page", kept.get(new Key(theme, locale, LocalDate.now(clock))));
		return "signals/charts";
	}

	ThemeChart themeChart(List<Themes.Theme> all, java.util.Locale locale) {
		LocalDate now = LocalDate.now(clock);
		LocalDate current = LocalDate.of(now.getYear(), (now.getMonthValue() - 1) / 3 * 3 + 1, 1);
		List<LocalDate> quarters = new ArrayList<>();
		for (int i = QUARTERS - 1; i >= 0; i--) {
			quarters.add(current.minusMonths(3L * i));
		}
		Map<String, Integer> counts = new HashMap<>();
		int max = 1;
		for (Figures.ThemeQuarter figure : figures.perThemeAndQuarter(quarters.get(0))) {
			counts.put(figure.theme() + "|" + figure.quarter(), figure.count());
			max = Math.max(max, figure.count());
		}
		int rowHeight = 44;
		int labelWidth = 250;
		int barWidth = 40;
		int barGap = 8;
		int top = 28;
		List<ThemeRow> rows = new ArrayList<>();
		for (int t = 0; t < all.size(); t++) {
			Themes.Theme theme = all.get(t);
			int y = top + t * rowHeight;
			List<Bar> bars = new ArrayList<>();
			int total = 0;
			for (int q = 0; q < quarters.size(); q++) {
				int count = counts.getOrDefault(theme.key() + "|" + quarters.get(q), 0);
				total += count;
				int height = count == 0 ? 0 : Math.max(2, Math.round(34f * count / max));
				bars.add(new Bar(label(quarters.get(q)), count, labelWidth + q * (barWidth + barGap), y + 36 - height,
						height));
			}
			rows.add(new ThemeRow(theme.name(locale), total, y, bars));
		}
		return new ThemeChart(quarters.stream().map(ChartsController::label).toList(), rows,
				labelWidth + QUARTERS * (barWidth + barGap) + 70, top + all.size() * rowHeight + 8, max);
	}

	TileMap tileMap(@Nullable String theme) {
		Map<String, Integer> counts = figures.perProvince(theme);
		Map<String, String> regionNames = new HashMap<>();
		network.regions().forEach(r -> regionNames.put(r.key(), r.name()));
		int max = 0;
		for (Network.ProvinceSummary province : network.provinces()) {
			max = Math.max(max, counts.getOrDefault(province.name(), 0));
		}
		List<Step> legend = legend(max);
		List<Tile> tiles = new ArrayList<>();
		for (Network.ProvinceSummary province : network.provinces()) {
			int[] place = TILES.get(province.name());
			if (place == null) {
				continue;
			}
			int count = counts.getOrDefault(province.name(), 0);
			tiles.add(new Tile(province.name(), SHORT.get(province.name()),
					regionNames.getOrDefault(province.regionKey(), province.regionKey()), count, shade(count, legend),
					8 + place[0] * 104, 8 + place[1] * 104));
		}
		return new TileMap(tiles, legend, counts.getOrDefault(null, 0));
	}

	/** Five equal steps from 0 to the highest count. */
	static List<Step> legend(int max) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(0, 0, 0));
		if (max == 0) {
			return steps;
		}
		int size = Math.max(1, (int) Math.ceil(max / 4.0));
		for (int i = 0; i < 4; i++) {
			int from = i * size + 1;
			if (from > max) {
				break;
			}
			steps.add(new Step(i + 1, from, Math.min(max, (i + 1) * size)));
		}
		return steps;
	}

	static int shade(int count, List<Step> legend) {
		for (Step step : legend) {
			if (count >= step.from() && count <= step.to()) {
				return step.shade();
			}
		}
		return 0;
	}

	static String label(LocalDate quarter) {
		return "K" + ((quarter.getMonthValue() - 1) / 3 + 1) + " " + quarter.getYear();
	}
}
