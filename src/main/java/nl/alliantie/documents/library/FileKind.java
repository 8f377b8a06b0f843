package nl.alliantie.documents.library;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The files the library takes, recognised by their content (first bytes; for the office formats the
 * ZIP's entries), never by what the browser claims. The name must say the same kind: a file that
 * is not what its name says is refused.
 */
public enum FileKind {

	PDF("application/pdf", true, "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
	ODT("application/vnd.oasis.opendocument.text", false, "odt"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, "pptx"),
	JPEG("image/jpeg", true, "jpg", "jpeg"),
	PNG("image/png", true, "png");

	/** Largest file taken: 10 MB (the multipart limit in application.properties sits a little above it). */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final String contentType;

	/** Shown in the browser (PDF and pictures); the office files are downloaded. */
	private final boolean inline;

	private final String[] extensions;

	FileKind(String contentType, boolean inline, String... extensions) {
		this.contentType = contentType;
		this.inline = inline;
		this.extensions = extensions;
	}

	String contentType() {
		return contentType;
	}

	boolean inline() {
		return inline;
	}

	String extension() {
		return extensions[0];
	}

	boolean named(@Nullable String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return Arrays.stream(extensions).anyMatch(extension -> name.endsWith("." + extension));
	}

	/** The kind these bytes are, whatever their name. */
	static Optional<FileKind> detect(byte[] data) {
		if (startsWith(data, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(data, 'P', 'K', 0x03, 0x04)) {
			return office(data);
		}
		return Optional.empty();
	}

	/** ODT names itself in a first entry {@code mimetype}; DOCX and PPTX by their folders beside [Content_Types].xml. */
	private static Optional<FileKind> office(byte[] data) {
		boolean contentTypes = false;
		boolean word = false;
		boolean slides = false;
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
				slides |= entry.getName().startsWith("ppt/");
				if (contentTypes && word) {
					return Optional.of(DOCX);
				}
				if (contentTypes && slides) {
					return Optional.of(PPTX);
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] data, int... prefix) {
		if (data == null || data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((data[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** A plain name to serve the file under: letters, digits, spaces, dots and dashes, with its own extension. */
	static String safeName(@Nullable String fileName, FileKind kind) {
		String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
		base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
		if (base.isEmpty() || base.length() > 100 || !kind.named(base)) {
			base = "document." + kind.extension();
		}
		return base;
	}
}
