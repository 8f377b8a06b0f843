package nl.alliantie.conferences.registrations;

import org.springframework.stereotype.Component;

/**
 * Turns what a visitor typed as organisation into what a registration stores. The network module
 * (built in parallel) will offer the list of member organisations; until then every answer is free
 * text. To switch, look the text up in the network module's root API here and return its id: the
 * column {@code conferences_registration.organisation_id} is ready for it, and the form can add a
 * {@code <datalist>} with the names.
 */
@Component
public class OrganisationChoice {

	/** The organisation as stored: an id from the network list (none yet) and the name. */
	public record Chosen(Long organisationId, String name) {
	}

	public Chosen resolve(String typed) {
		return new Chosen(null, typed == null ? "" : typed.trim());
	}
}
