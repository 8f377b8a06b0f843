package nl.alliantie.conferences.publications;

import java.util.Optional;
import java.util.Set;

import nl.alliantie.shared.files.FileKind;

/**
 * The file types a publication may have, recognised by their content, never by name or by what the
 * browser claims. Anything else (SVG, HTML, scripts, other office files) is refused.
 */
public enum FileType {

	PDF("application/pdf", "pdf", false), PNG("image/png", "png", true), JPEG("image/jpeg", "jpg", true),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", false);

	private static final Set<FileKind> TAKEN = Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.PPTX);

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

	/** The type of these bytes, judged by their content ({@link FileKind}: first bytes, for PPTX the ZIP's entries). */
	public static Optional<FileType> detect(byte[] data) {
		return FileKind.detect(data, TAKEN).map(kind -> FileType.valueOf(kind.name()));
	}
}
