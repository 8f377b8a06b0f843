package nl.alliantie.lobby.drafting;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.network.Network;
import nl.alliantie.network.PersonId;
import nl.alliantie.shared.AlliantieProperties;

/** An offer to co-draft: the helper is registered and mailed their personal link in one transaction. */
@Component
class HelpOffers {

	private final LocalParts parts;

	private final Outbox outbox;

	private final Network network;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	HelpOffers(LocalParts parts, Outbox outbox, Network network, MessageSource messages, AlliantieProperties properties) {
		this.parts = parts;
		this.outbox = outbox;
		this.network = network;
		this.messages = messages;
		this.properties = properties;
	}

	@Transactional
	void offer(Campaign campaign, String municipality, String name, String email, String organisation, Locale locale) {
		Long person = network.personWithEmail(email).map(PersonId::value).orElse(null);
		String token = parts.offer(campaign, municipality, name, email, organisation, person);
		String link = properties.absoluteUrl("/lobby/meeschrijven/" + token);
		String subject = messages.getMessage("lobby.offer.mail.subject", new Object[] { municipality, campaign.year() }, locale);
		String text = messages.getMessage("lobby.offer.mail.text",
				new Object[] { name, municipality, campaign.year(), link, properties.name(),
						organisation == null || organisation.isBlank() ? "-" : organisation },
				locale);
		outbox.queue(new MailKey("lobby-helper-link", LinkTokens.idOf(token), email), new MailMessage(email, subject, text));
	}
}
