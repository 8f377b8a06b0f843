package nl.alliantie.consultations.invitations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.network.PersonErased;

/**
 * A person erased from the register is erased from the invitations too: as the one invited
 * (name and address replaced; the answer and attendance stay, so the counts stay right) and as a
 * person named in a reply (name and address gone). Safe to run twice: the second run finds nothing.
 */
@Component
class ErasedInvitees {

	static final String ERASED_NAME = "Gewiste persoon";

	private final JdbcClient jdbc;

	ErasedInvitees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		String email = erased.email();
		if (email == null || !erased.hasEmail()) {
			return;
		}
		email = email.trim();
		jdbc.sql("""
				update consultations_invitation
				set name = :name, email = 'gewist-' || id || '@gewist.invalid', remarks = null
				where lower(email) = lower(:email)
				""")
			.param("name", ERASED_NAME)
			.param("email", email)
			.update();
		jdbc.sql("""
				update consultations_invitation set person1_name = :name, person1_email = null, remarks = null
				where lower(person1_email) = lower(:email)
				""")
			.param("name", ERASED_NAME)
			.param("email", email)
			.update();
		jdbc.sql("""
				update consultations_invitation set person2_name = null, person2_email = null, remarks = null
				where lower(person2_email) = lower(:email)
				""")
			.param("email", email)
			.update();
	}
}
