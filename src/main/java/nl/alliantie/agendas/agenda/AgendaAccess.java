package nl.alliantie.agendas.agenda;

import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.accounts.Access;

/** Who may edit an agenda: the secretariat every one, the representatives of its kartrekker theirs. */
@Component
public class AgendaAccess {

	private final AgendaStore store;

	private final Access access;

	AgendaAccess(AgendaStore store, Access access) {
		this.store = store;
		this.access = access;
	}

	/** The agenda when the viewer may edit it: 404 when it does not exist, 403 when it is not theirs. */
	public AgendaView editable(long id) {
		AgendaView agenda = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!mayEdit(agenda)) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return agenda;
	}

	public boolean mayEdit(AgendaView agenda) {
		return access.isSecretariat()
				|| agenda.leadOrganisationId() != null && access.represents(agenda.leadOrganisationId());
	}

	public boolean secretariat() {
		return access.isSecretariat();
	}
}
