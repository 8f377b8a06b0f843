package nl.alliantie.documents;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document in the library; {@code slug} is the word in the address ({@code ?soort=}). */
public enum DocumentKind {

	MANIFEST("manifest"), POSITION_PAPER("positiepapier"), FOLDER("folder"), REPORT("rapport"),
	PRESENTATION("presentatie"), PHOTO("foto"), MINUTES("verslag"), NEWSLETTER("nieuwsbrief");

	private final String slug;

	DocumentKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static Optional<DocumentKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}
}
