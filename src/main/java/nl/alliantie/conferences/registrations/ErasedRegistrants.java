package nl.alliantie.conferences.registrations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.network.PersonErased;

/**
 * A person erased from the register is erased from the Alliantiedagen too: their registrations keep
 * their day, workshop and check-in (the counts stay right) but lose name, address, organisation
 * and needs; an evaluation was never tied to a name and stays. Safe to run twice.
 */
@Component
class ErasedRegistrants {

	private final JdbcClient jdbc;

	ErasedRegistrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		String email = erased.email();
		if (email == null || !erased.hasEmail()) {
			return;
		}
		jdbc.sql("""
				update conferences_registration
				set name = 'Gewiste persoon', email = 'gewist-' || id || '@gewist.invalid', organisation = '',
				    organisation_id = null, needs_access = '', needs_diet = ''
				where lower(email) = lower(:email)
				""")
			.param("email", email.trim())
			.update();
	}
}
