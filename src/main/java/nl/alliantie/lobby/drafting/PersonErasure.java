package nl.alliantie.lobby.drafting;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.network.PersonErased;

/** A helper who was this person of the register loses name and address here too; safe to hear twice. */
@Component
class PersonErasure {

	private final LocalParts parts;

	PersonErasure(LocalParts parts) {
		this.parts = parts;
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		parts.erasePerson(erased.person().value());
	}
}
