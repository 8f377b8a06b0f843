package nl.alliantie.newsletter;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Correspondent → editor → issue: pieces per province, sent back with a comment, accepted, placed; versions with who. */
@AlliantieTest
class EditorialFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailCatcher mails;

	@Autowired
	NewsletterFixtures fixtures;

	@Test
	void aCorrespondentWritesForTheirProvinceAndAnEditorSendsBackAcceptsAndPlaces() throws Exception {
		String correspondentEmail = logins.account(new Grant(Role.CORRESPONDENT, "Limburg"));
		RequestPostProcessor correspondent = logins.as(correspondentEmail);
		RequestPostProcessor other = logins.as(new Grant(Role.CORRESPONDENT, "Zeeland"));
		RequestPostProcessor editor = logins.as(Grant.of(Role.REDACTIE));
		String title = "Voedselbank Venlo " + UUID.randomUUID().toString().substring(0, 6);

		mvc.perform(post("/beheer/nieuwsbrief/stukken/nieuw").with(correspondent).with(csrf())
				.param("titel", title).param("tekst", "Meer gezinnen.").param("provincie", "Zeeland"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een provincie waarvoor u schrijft.")))
			.andExpect(content().string(containsString(title)));
		String created = mvc.perform(post("/beheer/nieuwsbrief/stukken/nieuw").with(correspondent).with(csrf())
				.param("titel", title).param("inleiding", "Kort").param("tekst", "Meer gezinnen.").param("provincie", "Limburg")
				.param("indienen", "ja"))
			.andExpect(redirectedUrlPattern("/beheer/nieuwsbrief/stukken/*?melding=ingediend"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(created.replaceAll("\\D*(\\d+)\\?.*", "$1"));

		// a correspondent sees only their own pieces
		mvc.perform(get("/beheer/nieuwsbrief/stukken/" + id).with(other)).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/nieuwsbrief").with(other)).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/beheer/nieuwsbrief").with(correspondent)).andExpect(content().string(containsString(title)));
		// only editors accept
		mvc.perform(post("/beheer/nieuwsbrief/stukken/" + id + "/accepteren").with(correspondent).with(csrf()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/beheer/nieuwsbrief/stukken/" + id + "/terugsturen").with(editor).with(csrf()).param("opmerking", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf erbij wat er anders moet")));
		mvc.perform(post("/beheer/nieuwsbrief/stukken/" + id + "/terugsturen").with(editor).with(csrf())
				.param("opmerking", "Noem de gemeente en een getal."))
			.andExpect(redirectedUrlPattern("/beheer/nieuwsbrief/stukken/*?melding=teruggestuurd"));
		mvc.perform(get("/beheer/nieuwsbrief/stukken/" + id).with(correspondent))
			.andExpect(content().string(containsString("Noem de gemeente en een getal.")));
		mvc.perform(post("/beheer/nieuwsbrief/stukken/" + id).with(correspondent).with(csrf()).param("titel", title)
				.param("tekst", "In Venlo kwamen veertig nieuwe gezinnen.").param("provincie", "Limburg").param("indienen", "ja"))
			.andExpect(redirectedUrlPattern("/beheer/nieuwsbrief/stukken/*?melding=ingediend"));
		// handed in: the correspondent can no longer change it
		mvc.perform(post("/beheer/nieuwsbrief/stukken/" + id).with(correspondent).with(csrf()).param("titel", "Anders")
				.param("tekst", "x").param("provincie", "Limburg"))
			.andExpect(status().isConflict());
		mvc.perform(post("/beheer/nieuwsbrief/stukken/" + id + "/accepteren").with(editor).with(csrf()))
			.andExpect(redirectedUrlPattern("/beheer/nieuwsbrief/stukken/*?melding=geaccepteerd"));
		// a second click is refused with a reason, not a 500
		mvc.perform(post("/beheer/nieuwsbrief/stukken/" + id + "/accepteren").with(editor).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Alleen een ingediend stuk kan geaccepteerd worden.")));

		long issue = fixtures.issue("Werk en inkomen");
		mvc.perform(post("/beheer/nieuwsbrief/stukken/" + id + "/plaatsen").with(editor).with(csrf()).param("nummer", Long.toString(issue)))
			.andExpect(redirectedUrl("/beheer/nieuwsbrief/nummers/" + issue));
		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issue).with(editor))
			.andExpect(content().string(containsString(title)));

		var versions = jdbc.sql("select version || ' ' || status || ' ' || note from newsletter_article_version where article_id = :id order by version")
			.param("id", id).query(String.class).list();
		assertThat(versions).containsExactly("1 SUBMITTED ingediend", "2 RETURNED teruggestuurd: Noem de gemeente en een getal.",
				"3 RETURNED bewerkt", "4 SUBMITTED ingediend", "5 ACCEPTED geaccepteerd");
		assertThat(jdbc.sql("select distinct changed_by from newsletter_article_version where article_id = :id and version in (2, 5)")
			.param("id", id).query(String.class).list()).singleElement().asString().startsWith("Test ");
	}

	@Test
	void theYearPlanRefusesAClashAndCorrespondentsAreRemindedOnceAWeekBeforeTheDeadline() throws Exception {
		RequestPostProcessor editor = logins.as(Grant.of(Role.REDACTIE));
		int year = 2100 + (int) (Math.random() * 99);
		mvc.perform(post("/beheer/nieuwsbrief/nummers/nieuw").with(editor).with(csrf()).param("jaar", Integer.toString(year))
				.param("nummer", "3").param("thema", "Schulden").param("kopijdatum", year + "-03-10").param("verschijnt", year + "-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De verschijningsdatum ligt voor de kopijdatum.")))
			.andExpect(content().string(containsString("value=\"Schulden\"")));
		mvc.perform(post("/beheer/nieuwsbrief/nummers/nieuw").with(editor).with(csrf()).param("jaar", Integer.toString(year))
				.param("nummer", "3").param("thema", "Schulden").param("kopijdatum", "10-3-" + year).param("verschijnt", year + "-03-20"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/nieuwsbrief/nummers/nieuw").with(editor).with(csrf()).param("jaar", Integer.toString(year))
				.param("nummer", "3").param("thema", "Nog eens").param("kopijdatum", year + "-04-10").param("verschijnt", year + "-04-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nummer 3 van " + year + " staat al in de planning.")));
		mvc.perform(get("/beheer/nieuwsbrief?jaar=" + year).with(logins.as(new Grant(Role.CORRESPONDENT, "Utrecht"))))
			.andExpect(content().string(containsString("Schulden")));
		mvc.perform(get("/beheer/nieuwsbrief/nummers/nieuw").with(logins.as(new Grant(Role.CORRESPONDENT, "Utrecht"))))
			.andExpect(status().isForbidden());

		String correspondent = logins.account(new Grant(Role.CORRESPONDENT, "Drenthe"));
		long soon = fixtures.issueWithDeadline("Wonen", fixtures.today().plusDays(5));
		fixtures.remind();
		fixtures.remind();
		assertThat(Mailboxes.waitFor(mails, correspondent, 1)).anySatisfy(mail -> assertThat(mail.subject()).contains("Wonen"));
		assertThat(jdbc.sql("select count(*) from mail_outbox where purpose = 'newsletter-copy-reminder' and object_id = :id and recipient = :r")
			.param("id", Long.toString(soon)).param("r", correspondent).query(Long.class).single()).isEqualTo(1L);
	}
}
