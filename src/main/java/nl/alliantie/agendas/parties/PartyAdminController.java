package nl.alliantie.agendas.parties;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import nl.alliantie.agendas.agenda.Agenda;
import nl.alliantie.agendas.agenda.AgendaAccess;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;

/** Staff actions that mail parties: send a party its link, carry a closed agenda on into next year. */
@Controller
class PartyAdminController {

	private final AgendaAccess access;

	private final PartyLinks links;

	private final CarryOn carryOn;

	PartyAdminController(AgendaAccess access, PartyLinks links, CarryOn carryOn) {
		this.access = access;
		this.links = links;
		this.carryOn = carryOn;
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/partijen/{party:\\d+}/link")
	String sendLink(@PathVariable long id, @PathVariable long party) {
		AgendaView agenda = access.editable(id);
		boolean sent = agenda.party(party).isPresent() && links.send(agenda, party);
		return "redirect:/beheer/sociale-agendas/" + id + "?melding=" + (sent ? "link" : "linkZonderAdres") + "#partijen";
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/doorzetten")
	String carryOn(@PathVariable long id) {
		access.editable(id);
		try {
			AgendaStore.CarriedOn made = carryOn.run(id);
			return "redirect:/beheer/sociale-agendas/" + made.agendaId() + "?melding=doorgezet";
		}
		catch (Agenda.Refusal refusal) {
			return "redirect:/beheer/sociale-agendas/" + id + "#staat";
		}
	}
}
