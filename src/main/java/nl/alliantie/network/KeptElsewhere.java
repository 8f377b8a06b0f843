package nl.alliantie.network;

import java.util.List;

/**
 * What another module keeps of a person (a copied contact name and address, say), contributed as a
 * bean so that the person's own data ({@code /mijn-gegevens}, page and download) shows it too; the
 * same module forgets it on {@link PersonErased}. Looked up by the register's id and by the
 * address (lower case), in a fixed number of queries per module.
 */
public interface KeptElsewhere {

	/**
	 * One thing kept: {@code kind} a message key that says what it is, {@code text} what is kept
	 * there, {@code href} the page it shows on (null if none).
	 */
	record Kept(String kind, String text, String href) {
	}

	List<Kept> of(PersonId person, String email);
}
