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
	 * Why a file cannot be read: a text of the {@code shared} bundle ({@code csv.…}) with the line
	 * it is about as its argument.
	 */
	public static final class Unreadable extends RuntimeException {

		private final String key;

		private final int line;

		Unreadable(String key, int line) {
			super(key + " (line " + line + ")", null, false, false);
			this.key = key;
			this.line = line;
		}

		public String key() {
			return key;
		}

		public int line() {
			return line;
		}
	}

	/**
	 * The text of an uploaded CSV file as Excel and other programs save it: UTF-8 with or without a
	 * byte order mark, or UTF-16 ("Unicode text") with its byte order mark or recognisable by its
	 * zero bytes. A file that is no text (a spreadsheet, a picture) and bytes that are not UTF-8 are
	 * refused, the latter with the line they are on, instead of being stored as replacement
	 * characters.
	 *
	 * @throws Unreadable {@code csv.binary} or {@code csv.encoding}
	 */
	public static String decode(byte[] bytes) {
		java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
		int skip = 0;
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			charset = java.nio.charset.StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			charset = java.nio.charset.StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			skip = 3;
		}
		else if (bytes.length >= 4 && bytes.length % 2 == 0 && zeroesAt(bytes, 1) && !zeroesAt(bytes, 0)) {
			charset = java.nio.charset.StandardCharsets.UTF_16LE;
		}
		else if (bytes.length >= 4 && bytes.length % 2 == 0 && zeroesAt(bytes, 0) && !zeroesAt(bytes, 1)) {
			charset = java.nio.charset.StandardCharsets.UTF_16BE;
		}
		if (charset == java.nio.charset.StandardCharsets.UTF_8 && looksBinary(bytes)) {
			throw new Unreadable("csv.binary", 0);
		}
		var decoder = charset.newDecoder()
			.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
			.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
		var in = java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip);
		var out = java.nio.CharBuffer.allocate(bytes.length + 1);
		var result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = skip; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new Unreadable(charset == java.nio.charset.StandardCharsets.UTF_8 ? "csv.encoding" : "csv.binary", line);
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		if (charset != java.nio.charset.StandardCharsets.UTF_8 && looksBinary(text)) {
			throw new Unreadable("csv.binary", 0);
		}
		return text;
	}

	/** Whether every other byte, from {@code from} on, is zero in the first part of the file (UTF-16 of Latin text). */
	private static boolean zeroesAt(byte[] bytes, int from) {
		int checked = 0;
		int zero = 0;
		for (int i = from; i < Math.min(bytes.length, 512); i += 2) {
			checked++;
			if (bytes[i] == 0) {
				zero++;
			}
		}
		return checked > 0 && zero * 10 >= checked * 9;
	}

	/** A zero byte, or more than one in a hundred control characters: no text file. */
	private static boolean looksBinary(byte[] bytes) {
		int control = 0;
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
			if ((b & 0xFF) < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				control++;
			}
		}
		return control * 100 > bytes.length;
	}

	private static boolean looksBinary(String text) {
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				control++;
			}
		}
		return control * 100 > text.length();
	}

	/**
	 * Parses a whole file into rows of cells. A leading byte order mark is skipped; the separator is
	 * {@code ;} when the first line has one, else {@code ,}. Quoted cells may hold separators,
	 * quotes ({@code ""}) and line breaks. Empty lines are skipped. Control characters other than
	 * tab and line breaks are left out of the cells.
	 *
	 * @throws Unreadable {@code csv.quote} with the line a quoted cell starts on that never ends
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
		int line = 1;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				continue;
			}
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
				quoteLine = line;
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
		if (quoted) {
			throw new Unreadable("csv.quote", quoteLine);
		}
		if (any || cell.length() > 0) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
