package nl.alliantie.network.people;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.alliantie.accounts.MailLanguage;
import nl.alliantie.network.Network;

/** The accounts module writes an invitation in the language the register keeps for the person. */
@Component
class RegisterMailLanguage implements MailLanguage {

	private final Network network;

	RegisterMailLanguage(Network network) {
		this.network = network;
	}

	@Override
	public Optional<Locale> of(String email) {
		return network.languageOf(email);
	}
}
