package nl.alliantie.conferences.editions;

/** One year's Alliantiedagen. */
public record Edition(long id, int year, String theme, String title, String description) {
}
