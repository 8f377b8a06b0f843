package nl.alliantie.conferences.editions;

/** One year's Alliantiedagen. */
public record Edition(long id, int year, String theme, String title, String description) {

	/**
	 * Whether the title says more than the page's heading ("Alliantiedagen 2025: Groeien in
	 * kracht"): a title the heading already contains (the demo's, most real ones) is not shown a
	 * second time below it.
	 */
	public boolean titleAddsTo(String heading) {
		String own = title == null ? "" : title.strip().toLowerCase(java.util.Locale.ROOT);
		return !own.isEmpty() && !heading.toLowerCase(java.util.Locale.ROOT).contains(own);
	}
}
