package nl.alliantie.conferences.evaluations;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart as inline SVG, drawn on the server: no script, no style attributes (the
 * CSP forbids inline styles), only presentation attributes. Pages always show a table with the
 * same figures next to it.
 */
public final class BarChart {

	/** One bar: its label and value on a scale from 0 to {@code max}. */
	public record Bar(String label, double value, String valueText) {
	}

	static final int WIDTH = 640;

	static final int LABEL_WIDTH = 220;

	static final int ROW = 34;

	private BarChart() {
	}

	/** The SVG element; {@code id} names its title for {@code aria-labelledby}. */
	public static String svg(String id, String title, List<Bar> bars, double max) {
		int height = Math.max(1, bars.size()) * ROW + 30;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(escape(id)).append("\">");
		svg.append("<title id=\"").append(escape(id)).append("\">").append(escape(title)).append("</title>");
		int barSpace = WIDTH - LABEL_WIDTH - 60;
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = i * ROW + 6;
			int length = max <= 0 ? 0 : (int) Math.round(barSpace * Math.min(1, bar.value() / max));
			svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"14\" fill=\"#1b1b1f\">")
				.append(escape(shorten(bar.label()))).append("</text>");
			svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(length)
				.append("\" height=\"24\" fill=\"#8a1538\"/>");
			svg.append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 17)
				.append("\" font-size=\"14\" fill=\"#1b1b1f\">").append(escape(bar.valueText())).append("</text>");
		}
		int axisY = bars.size() * ROW + 10;
		svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(axisY).append("\" x2=\"")
			.append(LABEL_WIDTH + barSpace).append("\" y2=\"").append(axisY).append("\" stroke=\"#4a4a55\"/>");
		svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(axisY + 16)
			.append("\" font-size=\"12\" fill=\"#4a4a55\">0</text>");
		svg.append("<text x=\"").append(LABEL_WIDTH + barSpace - 20).append("\" y=\"").append(axisY + 16)
			.append("\" font-size=\"12\" fill=\"#4a4a55\">").append(String.format(Locale.ROOT, "%.0f", max)).append("</text>");
		return svg.append("</svg>").toString();
	}

	private static String shorten(String label) {
		return label.length() > 30 ? label.substring(0, 29) + "…" : label;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}
}
