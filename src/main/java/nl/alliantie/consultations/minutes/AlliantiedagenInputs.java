package nl.alliantie.consultations.minutes;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.conferences.ProgramInputTaken;
import nl.alliantie.conferences.ProgramInputs;
import nl.alliantie.consultations.Consultations;
import nl.alliantie.shared.time.WrittenDates;

/**
 * Offers the decisions and action points marked "voor de Alliantiedagen" to the secretariat when
 * it makes the program of that year's edition (source 000: the consultations feed the program).
 * When the secretariat turns one into a workshop or a block ({@link ProgramInputTaken}), the
 * point is done here: its status becomes KLAAR (safe to hear twice).
 */
@Component
class AlliantiedagenInputs implements ProgramInputs {

	static final String KEY = "regio-overleg-punt-";

	private static final Locale DUTCH = Locale.of("nl");

	private final Consultations consultations;

	private final JdbcClient jdbc;

	AlliantiedagenInputs(Consultations consultations, JdbcClient jdbc) {
		this.consultations = consultations;
		this.jdbc = jdbc;
	}

	@Override
	public List<ProgramInput> forEdition(int year) {
		return consultations.itemsForAlliantiedagen(year)
			.stream()
			.map(item -> new ProgramInput(KEY + item.id(),
					"Regio-overleg " + item.regionName() + ", " + WrittenDates.date(item.meetingDate(), DUTCH),
					item.what(), item.who() == null ? "" : item.who(), null))
			.toList();
	}

	@ApplicationModuleListener
	void on(ProgramInputTaken taken) {
		if (!taken.key().startsWith(KEY) || !taken.key().substring(KEY.length()).matches("\\d{1,18}")) {
			return;
		}
		jdbc.sql("update consultations_action_point set status = 'KLAAR' where id = :id and for_alliantiedagen")
			.param("id", Long.parseLong(taken.key().substring(KEY.length())))
			.update();
	}
}
