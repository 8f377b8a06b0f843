package nl.alliantie.documents.library;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.alliantie.documents.DocumentKind;
import nl.alliantie.shared.files.FileKind;

/**
 * An entry of the library: an uploaded file ({@code file} set) or a link to the page of another
 * module that published it ({@code href} set, {@code source} names that publication).
 */
public record Document(long id, DocumentKind kind, int year, String theme, String title, String description,
		@Nullable FileKind file, String fileName, int fileSize, String href, String source) {

	public String path() {
		return "/documenten/" + id;
	}

	/** Where the content is: the file, or the page elsewhere on the site. */
	public String contentHref() {
		return file != null ? path() + "/bestand" : href;
	}

	public boolean uploaded() {
		return file != null;
	}

	public String fileLabel() {
		if (file == null) {
			return "";
		}
		String size = fileSize >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", fileSize / 1048576.0)
				: Math.max(1, fileSize / 1024) + " kB";
		return file.name() + ", " + size;
	}
}
