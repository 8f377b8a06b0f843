package nl.alliantie.consultations.minutes;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.alliantie.conferences.ProgramInputs;
import nl.alliantie.consultations.Consultations;

/**
 * Offers the decisions and action points marked "voor de Alliantiedagen" to the secretariat when
 * it makes the program of that year's edition (source 000: the consultations feed the program).
 */
@Component
class AlliantiedagenInputs implements ProgramInputs {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

	private final Consultations consultations;

	AlliantiedagenInputs(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public List<ProgramInput> forEdition(int year) {
		return consultations.itemsForAlliantiedagen(year)
			.stream()
			.map(item -> new ProgramInput("Regio-overleg " + item.regionKey() + ", " + item.meetingDate().format(DATE),
					item.what(), item.who() == null ? "" : item.who()))
			.toList();
	}
}
