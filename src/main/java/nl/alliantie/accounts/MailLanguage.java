package nl.alliantie.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a person reads mail in, kept outside this module (the network register keeps it
 * with each person): an account invitation is written in it. A module that knows it contributes
 * a bean; an address none of them knows gets the invitation in the language the caller gives.
 */
public interface MailLanguage {

	/** The language of mail to {@code email}, when known. */
	Optional<Locale> of(String email);
}
