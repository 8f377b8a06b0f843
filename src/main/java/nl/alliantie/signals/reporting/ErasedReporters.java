package nl.alliantie.signals.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.network.PersonErased;

/**
 * A person erased from the register is erased as the reporter of signals too: name and address go
 * (the signal, which is about practice and never shows its reporter, stays). Safe to run twice.
 */
@Component
class ErasedReporters {

	private final JdbcClient jdbc;

	ErasedReporters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		String email = erased.email();
		if (email == null || !erased.hasEmail()) {
			return;
		}
		jdbc.sql("""
				update signals_signal set reporter_name = null, reporter_email = null
				where lower(reporter_email) = lower(:email)
				""")
			.param("email", email.trim())
			.update();
	}
}
