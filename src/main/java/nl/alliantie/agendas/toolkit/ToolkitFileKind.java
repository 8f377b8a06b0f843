package nl.alliantie.agendas.toolkit;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

// The documents module recognises the same kinds (documents.library.FileKind, package-private in
// that module); moving one recogniser into shared is the step to take when a third module needs it.
/**
 * The files the toolkit takes, recognised by their first bytes (for DOCX and ODT the ZIP's entries),
 * never by what the browser says; the name's extension must say the same kind.
 */
public enum ToolkitFileKind {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	ODT("application/vnd.oasis.opendocument.text", "odt");

	/** Largest file taken: 10 MB (the multipart limit in application.properties sits a little above it). */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final String contentType;

	private final String extension;

	ToolkitFileKind(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	boolean named(@Nullable String fileName) {
		return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith("." + extension);
	}

	/** The kind these bytes are, whatever their name. */
	static Optional<ToolkitFileKind> detect(byte[] data) {
		if (data == null || data.length < 5) {
			return Optional.empty();
		}
		if (data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F' && data[4] == '-') {
			return Optional.of(PDF);
		}
		if (data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
			return office(data);
		}
		return Optional.empty();
	}

	/** ODT names itself in a first entry {@code mimetype}; DOCX by {@code word/} beside {@code [Content_Types].xml}. */
	private static Optional<ToolkitFileKind> office(byte[] data) {
		boolean contentTypes = false;
		boolean word = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				if (entries == 1 && entry.getName().equals("mimetype")) {
					String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
					return mime.equals(ODT.contentType) ? Optional.of(ODT) : Optional.empty();
				}
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				word |= entry.getName().startsWith("word/");
				if (contentTypes && word) {
					return Optional.of(DOCX);
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** A plain name to serve the file under: letters, digits, spaces, dots and dashes, with its own extension. */
	static String safeName(@Nullable String fileName, ToolkitFileKind kind) {
		String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
		base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
		if (base.isEmpty() || base.length() > 100 || !kind.named(base)) {
			base = "toolkit." + kind.extension();
		}
		return base;
	}
}
