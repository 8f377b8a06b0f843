package nl.alliantie.shared.web;

/**
 * The page of a list a request asks for ({@code ?pagina=}), kept between 1 and {@link #MAX}: a page
 * far beyond any list would make the database skip past millions of rows, and 2,147,483,647 times a
 * page size overflowed into a negative offset (a 500). Beyond the last page a list is simply empty.
 */
public final class PageNumber {

	/** No list of this platform needs more pages; the signal search stops sooner (docs/adr/0013). */
	public static final int MAX = 1_000;

	private PageNumber() {
	}

	public static int of(int asked) {
		return Math.max(1, Math.min(asked, MAX));
	}
}
