package nl.alliantie.agendas.agenda;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.network.PersonErased;

/**
 * Forgets the name and address of an erased person wherever an agenda copied them as contact of
 * the kartrekker or of a party, or a good practice names them as its contact: by the person's id
 * where the contact was picked from the register, and by the address they had
 * ({@code lower(contact_email)}, indexed) where it was typed in by hand. Running it twice changes
 * nothing more.
 */
@Component
class ContactErasure {

	private final JdbcClient jdbc;

	ContactErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		long person = erased.person().value();
		// an address that matches nothing when the person had none
		String address = erased.email();
		String email = address != null && erased.hasEmail() ? address.strip().toLowerCase(java.util.Locale.ROOT) : "";
		jdbc.sql("""
				update agendas_agenda set contact_name = null, contact_email = null, contact_person_id = null, updated_at = now()
				where contact_person_id = :person
				""")
			.param("person", person)
			.update();
		jdbc.sql("""
				update agendas_agenda set contact_name = null, contact_email = null, contact_person_id = null, updated_at = now()
				where lower(contact_email) = :email
				""")
			.param("email", email)
			.update();
		jdbc.sql("update agendas_party set contact_name = null, contact_email = null, contact_person_id = null where contact_person_id = :person")
			.param("person", person)
			.update();
		jdbc.sql("update agendas_party set contact_name = null, contact_email = null, contact_person_id = null where lower(contact_email) = :email")
			.param("email", email)
			.update();
		jdbc.sql("update agendas_practice set contact_name = null, contact_email = null where lower(contact_email) = :email")
			.param("email", email)
			.update();
	}
}
