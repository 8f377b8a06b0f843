package nl.alliantie.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of file an upload may be, recognised by their content (first bytes; for the office
 * formats the ZIP's entries), never by what the browser claims; the name must say the same kind.
 * Each module says which kinds it takes: the document library all, the toolkit and a council's
 * answer PDF, DOCX and ODT.
 */
public enum FileKind {

	PDF("application/pdf", true, "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
	ODT("application/vnd.oasis.opendocument.text", false, "odt"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, "pptx"),
	JPEG("image/jpeg", true, "jpg", "jpeg"),
	PNG("image/png", true, "png");

	/** The documents one writes and sends: PDF, DOCX and ODT. */
	public static final Set<FileKind> DOCUMENTS = Set.of(PDF, DOCX, ODT);

	private final String contentType;

	/** Shown in the browser (PDF and pictures); the office files are downloaded. */
	private final boolean inline;

	private final String[] extensions;

	FileKind(String contentType, boolean inline, String... extensions) {
		this.contentType = contentType;
		this.inline = inline;
		this.extensions = extensions;
	}

	public String contentType() {
		return contentType;
	}

	public boolean inline() {
		return inline;
	}

	public String extension() {
		return extensions[0];
	}

	/** Whether the file's name ends in one of this kind's extensions. */
	public boolean named(@Nullable String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return Arrays.stream(extensions).anyMatch(extension -> name.endsWith("." + extension));
	}

	/** The kind these bytes are, whatever their name, when it is one of {@code taken}. */
	public static Optional<FileKind> detect(byte @Nullable [] data, Set<FileKind> taken) {
		return detect(data).filter(taken::contains);
	}

	/** The kind these bytes are, whatever their name. */
	public static Optional<FileKind> detect(byte @Nullable [] data) {
		if (data == null) {
			return Optional.empty();
		}
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
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((data[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A plain name to serve the file under: letters, digits, spaces, dots and dashes, with its own
	 * extension; {@code otherwise} with the kind's extension when little of the name is left.
	 */
	public static String safeName(@Nullable String fileName, FileKind kind, String otherwise) {
		String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
		base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
		if (base.isEmpty() || base.length() > 100 || !kind.named(base)) {
			base = otherwise + "." + kind.extension();
		}
		return base;
	}
}
