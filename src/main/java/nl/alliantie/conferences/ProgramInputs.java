package nl.alliantie.conferences;

import java.util.List;

/**
 * Items other modules offer as input for the program of an edition: the points marked "voor de
 * Alliantiedagen" in the minutes of the regional consultations, for example. The secretariat sees
 * them on the edition's admin page while it makes the program.
 * <p>
 * The consultations module declares a bean implementing this
 * interface (it depends on this root package, never the other way round). Without such a
 * bean the list is empty.
 */
public interface ProgramInputs {

	/** The items offered for the edition of {@code year}, in the order to show them. */
	List<ProgramInput> forEdition(int year);

	/**
	 * @param source where it comes from, for example "Regio-overleg noord, 12 mei"
	 * @param title the item
	 * @param detail more text, may be empty
	 */
	record ProgramInput(String source, String title, String detail) {
	}
}
