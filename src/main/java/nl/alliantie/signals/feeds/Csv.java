package nl.alliantie.signals.feeds;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as Dutch Excel opens it: UTF-8 with a byte order mark, {@code ;} between cells, CRLF between
 * rows, and a cell starting with {@code = + - @}, a tab or a carriage return neutralised by a
 * leading {@code '}. The network module has the same rules in its internals; this belongs in
 * {@code shared} once both are merged.
 */
final class Csv {

	static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

	private Csv() {
	}

	static void start(Writer out) throws IOException {
		out.write('\uFEFF');
	}

	static void row(Writer out, List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(';');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
				|| text.indexOf(',') >= 0 || text.startsWith(" ") || text.endsWith(" ")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
