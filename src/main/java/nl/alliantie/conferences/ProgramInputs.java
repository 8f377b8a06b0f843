package nl.alliantie.conferences;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
	 * @param key what the offering module knows it by, unique over all modules (for example
	 * {@code regio-overleg-punt-12}); it comes back in {@link ProgramInputTaken}
	 * @param source where it comes from, for example "Regio-overleg Noord, 12 mei"
	 * @param title the item
	 * @param detail more text, may be empty
	 * @param taken what the secretariat made of it for this edition, {@code null} while nothing
	 */
	record ProgramInput(String key, String source, String title, String detail, @Nullable Use taken) {

		public ProgramInput withTaken(@Nullable Use use) {
			return new ProgramInput(key, source, title, detail, use);
		}
	}

	/** What an input becomes in the program, with one action on the edition's admin page. */
	enum Use {
		WORKSHOP, BLOCK
	}
}
