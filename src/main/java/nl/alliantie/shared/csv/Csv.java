package nl.alliantie.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Dutch Excel opens it: UTF-8 with a byte order mark, {@code ;} between cells, CRLF between
 * rows, and a cell that starts with {@code = + - @}, a tab or a carriage return neutralised by a
 * leading {@code '} so that it cannot run as a formula. Reading accepts {@code ;} or {@code ,}.
 */
public final class Csv {

	public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

	private Csv() {
	}

	/** Writes rows to {@code out}; call {@link #row} per line after {@link #start}. */
	public static void start(Writer out) {
		try {
			out.write('\uFEFF');
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void row(Writer out, List<?> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					out.write(';');
				}
				out.write(cell(cells.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One cell, neutralised and quoted where needed. */
	public static String cell(Object value) {
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

	/**
	 * Parses a whole file into rows of cells. A leading byte order mark is skipped; the separator is
	 * {@code ;} when the first line has one, else {@code ,}. Quoted cells may hold separators,
	 * quotes ({@code ""}) and line breaks. Empty lines are skipped.
	 */
	public static List<List<String>> parse(String text) {
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstBreak = text.indexOf('\n');
		String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
		char separator = firstLine.indexOf(';') >= 0 ? ';' : ',';
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				any = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
				any = true;
			}
			else if (c == '\r') {
				// part of CRLF
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				if (any || row.stream().anyMatch(s -> !s.isBlank())) {
					rows.add(row);
				}
				row = new ArrayList<>();
				any = false;
			}
			else {
				cell.append(c);
				any = true;
			}
		}
		if (any || cell.length() > 0) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
