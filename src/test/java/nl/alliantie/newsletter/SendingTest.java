package nl.alliantie.newsletter;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.newsletter.sending.Sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An issue goes to every confirmed subscriber once, as multipart/alternative with the RFC 8058
 * headers; the one-click link in the header works; the editors see progress; the archive shows it.
 */
@AlliantieTest
class SendingTest {

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

	@Autowired
	Sending sending;

	@Test
	void anIssueGoesToEveryConfirmedSubscriberOnceWithTheOneClickHeaders() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String first = fixtures.subscriber("eerste-" + run + "@test.alliantie.local", "CONFIRMED");
		String second = fixtures.subscriber("tweede-" + run + "@test.alliantie.local", "CONFIRMED");
		String unconfirmed = fixtures.subscriber("onbevestigd-" + run + "@test.alliantie.local", "UNCONFIRMED");
		RequestPostProcessor editor = logins.as(Grant.of(Role.REDACTIE));
		String theme = "Armoede en energie " + run;
		long issue = fixtures.issueWithArticle(theme, "Zonnepanelen voor iedereen " + run,
				"De **energierekening** is voor veel mensen te hoog. [Meer](https://example.org/energie)");

		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issue + "/voorbeeld/mail?breedte=360").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("newsletter-mail-preview narrow")))
			.andExpect(content().string(containsString("<p style=\"margin:0 0 16px 0;")))
			.andExpect(content().string(containsString("Zonnepanelen voor iedereen " + run)));
		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issue + "/voorbeeld").with(editor))
			.andExpect(status().isOk()).andExpect(content().string(containsString("<strong>energierekening</strong>")));
		// not in the public archive before it is sent
		mvc.perform(get("/nieuwsbrief/archief/" + issue)).andExpect(status().isNotFound());

		mvc.perform(post("/beheer/nieuwsbrief/nummers/" + issue + "/versturen").with(editor).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vink aan dat u het nummer nu wilt versturen.")));
		mvc.perform(post("/beheer/nieuwsbrief/nummers/" + issue + "/versturen").with(editor).with(csrf()).param("zeker", "ja"))
			.andExpect(redirectedUrl("/beheer/nieuwsbrief/nummers/" + issue + "?melding=verstuurd"));
		// started again (a second editor, a double click): nobody gets it twice
		assertThat(sending.send(issue)).isZero();
		// a sent issue takes no more pieces
		long late = fixtures.acceptedArticle("Te laat " + run);
		mvc.perform(post("/beheer/nieuwsbrief/nummers/" + issue + "/plaatsen").with(editor).with(csrf())
				.param("artikel", Long.toString(late)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Dit nummer is al verstuurd")));
		long confirmed = jdbc.sql("select count(*) from newsletter_subscriber where status = 'CONFIRMED'").query(Long.class).single();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sending.report(issue).progress().done());
		assertThat(sending.report(issue).progress().sent()).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(confirmed);
		assertThat(mails.to(unconfirmed)).isEmpty();

		var caught = Mailboxes.waitFor(mails, first, 1);
		assertThat(caught).hasSize(1);
		MimeMessage message = mails.message(caught.get(0).number()).orElseThrow();
		String token = jdbc.sql("select unsubscribe_token from newsletter_subscriber where email = :e").param("e", first)
			.query(String.class).single();
		String url = "http://localhost/nieuwsbrief/afmelden/" + token + "?nummer=" + issue;
		assertThat(MimeUtility.unfold(message.getHeader("List-Unsubscribe", null)))
			.isEqualTo("<" + url + ">, <mailto:secretariaat@alliantie.local?subject=afmelden%20" + token + ">");
		assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(message.getContentType()).startsWith("multipart/alternative");
		Multipart parts = (Multipart) message.getContent();
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat((String) parts.getBodyPart(0).getContent()).contains("Zonnepanelen voor iedereen " + run).contains(url);
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		String html = (String) parts.getBodyPart(1).getContent();
		assertThat(html).contains("href=\"" + url.replace("&", "&amp;") + "\"").contains("https://example.org/energie")
			.doesNotContain("<img");
		Set<String> ids = new HashSet<>();
		ids.add(message.getMessageID());
		ids.add(mails.message(Mailboxes.waitFor(mails, second, 1).get(0).number()).orElseThrow().getMessageID());
		assertThat(ids).hasSize(2);

		// the mail program posts to the header's link: no login, no cookie, no CSRF token
		mvc.perform(post(url.replace("http://localhost", "")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(jdbc.sql("select status from newsletter_subscriber where email = :e").param("e", first)
			.query(String.class).single()).isEqualTo("UNSUBSCRIBED");
		assertThat(sending.report(issue).unsubscribes()).isEqualTo(1);
		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issue).with(editor))
			.andExpect(content().string(containsString("Afgemeld via dit nummer")))
			.andExpect(content().string(not(containsString("name=\"zeker\""))));

		mvc.perform(get("/nieuwsbrief/archief/" + issue)).andExpect(status().isOk())
			.andExpect(content().string(containsString(theme)));
		// the home page links the latest issue sent
		mvc.perform(get("/")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/nieuwsbrief/archief/" + issue + "\">")));
		mvc.perform(get("/nieuwsbrief/archief").param("q", "zonnepanelen " + run)).andExpect(status().isOk())
			.andExpect(content().string(containsString(theme)))
			.andExpect(content().string(containsString("Nieuwste nummers eerst.")));
		mvc.perform(get("/nieuwsbrief/archief").param("q", "onvindbaarwoord" + run))
			.andExpect(content().string(not(containsString(theme))));
		mvc.perform(get("/nieuwsbrief/archief.atom")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(content().string(containsString(theme)));
	}

	@Test
	void aTestGoesToTheEditorsAndASendCanBePausedAndResumed() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String editorEmail = logins.account(Grant.of(Role.REDACTIE));
		long issue = fixtures.issueWithArticle("Pauze " + run, "Stuk " + run, "Tekst.");
		mvc.perform(post("/beheer/nieuwsbrief/nummers/" + issue + "/test").with(logins.as(editorEmail)).with(csrf()))
			.andExpect(redirectedUrl("/beheer/nieuwsbrief/nummers/" + issue + "?melding=test"));
		assertThat(Mailboxes.waitFor(mails, editorEmail, 1).get(0).subject()).startsWith("[TEST]");

		fixtures.subscriber("pauze-" + run + "@test.alliantie.local", "CONFIRMED");
		fixtures.sendPaused(issue);
		var held = sending.report(issue).progress();
		assertThat(held.held()).isPositive();
		assertThat(held.sent()).isZero();
		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issue + "/voortgang").header("HX-Request", "true")
				.with(logins.as(editorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hervatten")))
			.andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));
		mvc.perform(post("/beheer/nieuwsbrief/nummers/" + issue + "/hervatten").with(logins.as(editorEmail)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sending.report(issue).progress().done());
		assertThat(Mailboxes.waitFor(mails, "pauze-" + run + "@test.alliantie.local", 1)).hasSize(1);
		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issue + "/voortgang").header("HX-Request", "true")
				.with(logins.as(editorEmail)))
			.andExpect(content().string(not(containsString("hx-trigger"))));
		// people without the editor role get nothing
		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issue).with(logins.as(new Grant(Role.CORRESPONDENT, "Utrecht"))))
			.andExpect(status().isForbidden());
	}
}
