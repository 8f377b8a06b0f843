package nl.alliantie.conferences;

/**
 * A report, presentation or photo of the Alliantiedagen or of an occasion (a one-off event,
 * docs/adr/0031) was published: {@code href} the file itself, {@code about} what it is of
 * ("Alliantiedag 2026 in Zutphen", an event's title). Photos belong to an album — an edition or an
 * occasion ({@code album} its key, with its title and page) — that the document library lists once.
 * Heard by {@code documents}.
 */
public record PublicationPublished(long file, Kind kind, String title, int year, String about, String href,
		String album, String albumTitle, String albumHref) {

	public enum Kind {
		REPORT, PRESENTATION, PHOTO
	}
}
