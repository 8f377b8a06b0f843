package nl.alliantie.network;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.alliantie.network.organisations.OrganisationDetails;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.network.organisations.Organisations;

/** Unique organisations for tests that share one database. */
@Component
public class NetworkFixtures {

	private final Organisations organisations;

	private final nl.alliantie.network.places.PlacesAdmin placesAdmin;

	NetworkFixtures(Organisations organisations, nl.alliantie.network.places.PlacesAdmin placesAdmin) {
		this.organisations = organisations;
		this.placesAdmin = placesAdmin;
	}

	/** A new kind of organisation, so that a call can be sent to exactly the organisations of a test. */
	public String uniqueType() {
		return placesAdmin.addType(unique("Testsoort"));
	}

	/** A new organisation of the given type with its own e-mail address. */
	public OrganisationId organisation(String municipality, String type, String email, OrganisationStatus status) {
		return organisations.register(new OrganisationDetails(unique("Testgroep"), type, municipality, null, null, null,
				null, email, null, null, status, null, List.of()));
	}

	/** A new member organisation in {@code municipality} with a unique name. */
	public OrganisationId organisation(String municipality) {
		return organisation("Testgroep " + UUID.randomUUID().toString().substring(0, 8), municipality,
				OrganisationStatus.AANGESLOTEN);
	}

	public OrganisationId organisation(String name, String municipality, OrganisationStatus status) {
		return organisations.register(new OrganisationDetails(name, "anti-armoedegroep", municipality, null, null, null,
				null, "info-" + UUID.randomUUID() + "@test.alliantie.local", null, "Wij helpen.", status, null,
				List.of("schulden")));
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
