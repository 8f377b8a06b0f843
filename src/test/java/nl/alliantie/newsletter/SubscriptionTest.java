package nl.alliantie.newsletter;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.People;
import nl.alliantie.newsletter.subscribers.Subscriptions;
import nl.alliantie.shared.events.EventsHeard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Subscribing without an account: double opt-in, consent on record, expiry, one-click unsubscribe, own data. */
@AlliantieTest
class SubscriptionTest {

	static final Pattern CONFIRM_LINK = Pattern.compile("/nieuwsbrief/bevestigen/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	People people;

	@Autowired
	EventsHeard events;

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.alliantie.local";
	}

	@Test
	void aVisitorSubscribesAndConfirmsFromTheMailAndTheConsentIsOnRecord() throws Exception {
		String address = unique("lezer");
		mvc.perform(post("/nieuwsbrief").with(csrf()).param("email", address).param("naam", "Lezer")
				.param("toestemming", "true"))
			.andExpect(redirectedUrl("/nieuwsbrief/aangevraagd"));
		assertThat(stateOf(address)).isEqualTo("UNCONFIRMED");
		String token = confirmToken(address);

		// a GET (a mail scanner following links) confirms nothing
		mvc.perform(get("/nieuwsbrief/bevestigen/" + token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ja, ik wil de nieuwsbrief")));
		assertThat(stateOf(address)).isEqualTo("UNCONFIRMED");
		MvcResult confirmed = mvc.perform(post("/nieuwsbrief/bevestigen/" + token).with(csrf()))
			.andExpect(redirectedUrlPattern("/nieuwsbrief/abonnement/*?melding=bevestigd"))
			.andReturn();
		assertThat(stateOf(address)).isEqualTo("CONFIRMED");
		mvc.perform(get(confirmed.getResponse().getRedirectedUrl()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Uw aanmelding is bevestigd")))
			.andExpect(content().string(containsString(address)));
		// the link works once
		mvc.perform(post("/nieuwsbrief/bevestigen/" + token).with(csrf())).andExpect(status().isNotFound());

		var consents = jdbc.sql("""
				select c.kind, c.consent_text, c.origin from newsletter_consent c
				join newsletter_subscriber s on s.id = c.subscriber_id where s.email = :email order by c.id
				""").param("email", address).query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
		assertThat(consents).hasSize(2);
		assertThat(consents.get(0)).startsWith("GIVEN|Ik wil de nieuwsbrief van").endsWith("|formulier /nieuwsbrief");
		assertThat(consents.get(1)).startsWith("CONFIRMED|").endsWith("|link in bevestigingsmail");
	}

	@Test
	void mistakesAreSaidBesideTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/nieuwsbrief").with(csrf()).param("email", "geen-adres").param("naam", "Kees van Dam"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit is geen geldig e-mailadres")))
			.andExpect(content().string(containsString("Vink aan dat u de nieuwsbrief wilt ontvangen")))
			.andExpect(content().string(containsString("value=\"geen-adres\"")))
			.andExpect(content().string(containsString("value=\"Kees van Dam\"")));
		mvc.perform(post("/nieuwsbrief").with(csrf()).param("toestemming", "nonsense").param("email", "x".repeat(300)))
			.andExpect(status().isOk());
		mvc.perform(post("/nieuwsbrief").with(csrf()).cookie(new jakarta.servlet.http.Cookie("alliantie-taal", "en"))
				.param("email", "nope"))
			.andExpect(content().string(containsString("This is not a valid e-mail address")));
	}

	@Test
	void anUnconfirmedAddressIsRemovedAfterSevenDaysAndItsLinkStopsWorking() throws Exception {
		String old = unique("oud");
		String fresh = unique("vers");
		subscribeBy(old);
		subscribeBy(fresh);
		String token = confirmToken(old);
		jdbc.sql("update newsletter_subscriber set created_at = now() - interval '7 days 1 minute' where email = :e")
			.param("e", old).update();
		jdbc.sql("update newsletter_subscriber set created_at = now() - interval '6 days' where email = :e")
			.param("e", fresh).update();
		subscriptions.removeUnconfirmed();
		assertThat(stateOf(old)).isNull();
		assertThat(stateOf(fresh)).isEqualTo("UNCONFIRMED");
		mvc.perform(post("/nieuwsbrief/bevestigen/" + token).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aBarePostWithTheTokenUnsubscribesAtOnceWithoutLoginCookieOrCsrfToken() throws Exception {
		String address = confirmedSubscriber();
		String token = jdbc.sql("select unsubscribe_token from newsletter_subscriber where email = :e")
			.param("e", address).query(String.class).single();
		mvc.perform(post("/nieuwsbrief/afmelden/" + token + "?nummer=12345")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content().string(containsString("U bent afgemeld")));
		assertThat(stateOf(address)).isEqualTo("UNSUBSCRIBED");
		assertThat(jdbc.sql("select left_issue_id from newsletter_subscriber where email = :e").param("e", address)
			.query(Long.class).single()).isEqualTo(12345L);
		assertThat(jdbc.sql("""
				select c.origin from newsletter_consent c join newsletter_subscriber s on s.id = c.subscriber_id
				where s.email = :e and c.kind = 'WITHDRAWN'""").param("e", address).query(String.class).list())
			.containsExactly("één klik in mailprogramma");
		// posted again: the same answer, nothing new
		mvc.perform(post("/nieuwsbrief/afmelden/" + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
		// an unknown token changes nothing and says so
		mvc.perform(post("/nieuwsbrief/afmelden/" + "A".repeat(43))).andExpect(status().isNotFound());
		// the exemption is for this POST only: other newsletter forms still need the CSRF token
		mvc.perform(post("/nieuwsbrief").param("email", unique("x")).param("toestemming", "true"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSubscriberChangesTheirAddressDownloadsAndErasesTheirData() throws Exception {
		String address = confirmedSubscriber();
		mvc.perform(post("/nieuwsbrief/beheren").with(csrf()).param("email", address))
			.andExpect(redirectedUrl("/nieuwsbrief/aangevraagd"));
		String manage = Mailboxes.waitFor(mails, address, 2).stream()
			.map(m -> Pattern.compile("/nieuwsbrief/abonnement/([A-Za-z0-9_-]{43})").matcher(m.text()))
			.filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
		mvc.perform(get("/nieuwsbrief/abonnement/" + manage + "/gegevens.json"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(address)))
			.andExpect(content().string(containsString("CONFIRMED")));
		String taken = confirmedSubscriber();
		mvc.perform(post("/nieuwsbrief/abonnement/" + manage + "/adres").with(csrf()).param("email", taken))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit adres is al aangemeld")));
		String moved = unique("verhuisd");
		mvc.perform(post("/nieuwsbrief/abonnement/" + manage + "/adres").with(csrf()).param("email", moved))
			.andExpect(redirectedUrl("/nieuwsbrief/abonnement/" + manage + "?melding=adres"));
		assertThat(stateOf(moved)).isEqualTo("UNCONFIRMED");
		assertThat(Mailboxes.waitFor(mails, moved, 1).get(0).text()).contains("/nieuwsbrief/bevestigen/");
		mvc.perform(post("/nieuwsbrief/abonnement/" + manage + "/wissen").with(csrf()))
			.andExpect(redirectedUrl("/nieuwsbrief/gewist"));
		assertThat(stateOf(moved)).isNull();
		mvc.perform(get("/nieuwsbrief/abonnement/" + manage)).andExpect(status().isNotFound());
	}

	@Test
	void aPersonErasedFromTheNetworkLosesTheirSubscription() throws Exception {
		String address = unique("vertegenwoordiger");
		PersonId person = people.findOrCreate("Wis Mij", address, null, "test");
		subscribeBy(address);
		assertThat(jdbc.sql("select person_id from newsletter_subscriber where email = :e").param("e", address)
			.query(Long.class).single()).isEqualTo(person.value());
		people.erase(person, "test");
		events.await();
		assertThat(stateOf(address)).isNull();
	}

	private void subscribeBy(String address) throws Exception {
		mvc.perform(post("/nieuwsbrief").with(csrf()).param("email", address).param("toestemming", "true"))
			.andExpect(redirectedUrl("/nieuwsbrief/aangevraagd"));
	}

	private String confirmedSubscriber() throws Exception {
		String address = unique("bevestigd");
		subscribeBy(address);
		mvc.perform(post("/nieuwsbrief/bevestigen/" + confirmToken(address)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return address;
	}

	private String confirmToken(String address) {
		Matcher link = CONFIRM_LINK.matcher(Mailboxes.waitFor(mails, address, 1).get(0).text());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private String stateOf(String address) {
		return jdbc.sql("select status from newsletter_subscriber where lower(email) = lower(:e)").param("e", address)
			.query(String.class).optional().orElse(null);
	}
}
