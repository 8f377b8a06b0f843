package nl.alliantie.conferences.publications;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a publication may have, recognised by their content, never by name or by what the
 * browser claims. Anything else (SVG, HTML, scripts, other office files) is refused.
 */
public enum FileType {

	PDF("application/pdf", "pdf", false), PNG("image/png", "png", true), JPEG("image/jpeg", "jpg", true),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", false);

	private final String contentType;

	private final String extension;

	private final boolean image;

	FileType(String contentType, String extension, boolean image) {
		this.contentType = contentType;
		this.extension = extension;
		this.image = image;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public boolean image() {
		return image;
	}

	public static Optional<FileType> of(String contentType) {
		for (FileType type : values()) {
			if (type.contentType.equals(contentType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The type of these bytes, judged by their first bytes (and for PPTX by the ZIP's entries). */
	public static Optional<FileType> detect(byte[] data) {
		if (startsWith(data, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(data, 'P', 'K', 0x03, 0x04) && isPresentation(data)) {
			return Optional.of(PPTX);
		}
		return Optional.empty();
	}

	private static boolean isPresentation(byte[] data) {
		boolean contentTypes = false;
		boolean slides = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				slides |= entry.getName().startsWith("ppt/");
				if (contentTypes && slides) {
					return true;
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
		return false;
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
}
