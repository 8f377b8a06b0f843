package nl.alliantie.lobby.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of answer document a council sends, recognised by their content and required to match
 * the file's name: a renamed file of another kind is refused.
 */
enum AnswerFile {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	ODT("application/vnd.oasis.opendocument.text", "odt");

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private final String contentType;

	private final String extension;

	AnswerFile(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return contentType;
	}

	/** The kind both the name and the content say, else empty. */
	static Optional<AnswerFile> of(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		Optional<AnswerFile> detected = detect(content);
		return detected.filter(type -> name.endsWith("." + type.extension));
	}

	static Optional<AnswerFile> detect(byte[] data) {
		if (startsWith(data, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (!startsWith(data, new byte[] { 'P', 'K', 3, 4 })) {
			return Optional.empty();
		}
		boolean contentTypes = false;
		boolean word = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				if (entries == 1 && entry.getName().equals("mimetype")) {
					String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
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

	private static boolean startsWith(byte[] data, byte[] prefix) {
		if (data == null || data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** A plain name for the stored file. */
	static String safeName(@Nullable String fileName, AnswerFile type) {
		String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
		base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
		if (base.isEmpty() || base.length() > 100) {
			base = "antwoord." + type.extension;
		}
		return base;
	}
}
