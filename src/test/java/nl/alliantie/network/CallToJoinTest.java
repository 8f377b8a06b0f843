package nl.alliantie.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.ServedForm;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.calls.Calls;
import nl.alliantie.network.organisations.DirectoryFilter;
import nl.alliantie.network.organisations.OrganisationStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The call to join: write, send, answer from the personal link, change, close, remind, overview. */
@AlliantieTest
class CallToJoinTest {

	static final Pattern LINK = Pattern.compile("/oproep/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	NetworkFixtures fixtures;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Calls calls;

	/** The app's clock (Europe/Amsterdam): a reply date of "today" is Amsterdam's today, also after 23:00 UTC. */
	@Autowired
	Clock clock;

	static String linkIn(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("link in %s", text).isTrue();
		return matcher.group();
	}

	@Test
	void anOrganisationAnswersYesAndNamesTwoRepresentativesThenChangesItsAnswer() throws Exception {
		String type = fixtures.uniqueType();
		String address = NetworkFixtures.unique("groep") + "@test.alliantie.local";
		OrganisationId organisation = fixtures.organisation("Zwolle", type, address, OrganisationStatus.UITGENODIGD);

		String location = mvc.perform(multipart("/beheer/oproepen").param("titel", "Doe mee in uw regio")
			.param("tekst", "Wij zoeken organisaties die meedoen.").param("antwoordVoor", LocalDate.now(clock).plusDays(10).toString())
			.param("organisaties", "true").param("type", type).with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long callId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get(location).with(logins.secretariat())).andExpect(status().isOk())
			.andExpect(content().string(containsString("1 ontvangers")));
		mvc.perform(post(location + "/versturen").with(logins.secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
		// a second click mails nobody twice
		mvc.perform(post(location + "/versturen").with(logins.secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(Mailboxes.waitFor(mails, address, 1)).hasSize(1);
		String link = linkIn(mails.to(address).get(0).text());

		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Doe mee in uw regio")));
		// the reply-by date in running text is written out in the reader's language (issue 20, item 10)
		LocalDate replyBy = LocalDate.now(clock).plusDays(10);
		mvc.perform(get(link)).andExpect(content().string(containsString("wijzigen tot en met "
				+ replyBy.getDayOfMonth() + " " + replyBy.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.of("nl")))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(replyBy.toString()))));
		mvc.perform(get(link).cookie(new jakarta.servlet.http.Cookie("alliantie-taal", "en")))
			.andExpect(content().string(containsString("up to and including " + replyBy.getDayOfMonth() + " "
					+ replyBy.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))));
		mvc.perform(post(link).param("antwoord", "JA").param("naam1", "").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de naam van de eerste persoon in.")));
		String first = NetworkFixtures.unique("eerste") + "@test.alliantie.local";
		String second = NetworkFixtures.unique("tweede") + "@test.alliantie.local";
		mvc.perform(post(link).param("antwoord", "JA").param("naam1", "Fatima El Amrani").param("email1", first)
			.param("naam2", "Kees Bakker").param("email2", second).param("opmerkingen", "Graag!")
			.param("toestemming", "true").with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(link + "?bedankt"));

		assertThat(jdbc.sql("select status from network_organisation where id = :id").param("id", organisation.value())
			.query(String.class).single()).isEqualTo("AANGESLOTEN");
		assertThat(jdbc.sql("""
				select p.email from network_representative r join network_person p on p.id = r.person_id
				where r.organisation_id = :id order by p.email""").param("id", organisation.value()).query(String.class).list())
			.containsExactlyInAnyOrder(first, second);
		assertThat(jdbc.sql("""
				select count(*) from network_consent c join network_person p on p.id = c.person_id
				where p.email in (:a, :b) and c.kind = 'netwerk'""").param("a", first).param("b", second)
			.query(Integer.class).single()).isEqualTo(2);

		mvc.perform(get(location).with(logins.secretariat())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Fatima El Amrani")))
			.andExpect(content().string(containsString("Graag!")));

		// the reply may change until the reply-by date; the page shows the earlier answer
		mvc.perform(get(link)).andExpect(content().string(containsString("Kees Bakker")));
		mvc.perform(post(link).param("antwoord", "NEE").param("naam1", "Fatima El Amrani").param("email1", first)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select answer from network_call_recipient where call_id = :id").param("id", callId)
			.query(String.class).single()).isEqualTo("NEE");
		assertThat(jdbc.sql("select count(*) from network_representative where organisation_id = :id")
			.param("id", organisation.value()).query(Integer.class).single()).isEqualTo(1);

		// after the reply-by date the link shows the answer but takes no change
		jdbc.sql("update network_call set reply_by = current_date - 1 where id = :id").param("id", callId).update();
		mvc.perform(post(link).param("antwoord", "JA").param("naam1", "X").param("email1", "x@test.alliantie.local").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dat kan nu niet meer")));
		assertThat(jdbc.sql("select answer from network_call_recipient where call_id = :id").param("id", callId)
			.query(String.class).single()).isEqualTo("NEE");
	}

	@Test
	void nonRespondersGetExactlyOneReminder() throws Exception {
		String type = fixtures.uniqueType();
		String quiet = NetworkFixtures.unique("stil") + "@test.alliantie.local";
		String answering = NetworkFixtures.unique("actief") + "@test.alliantie.local";
		fixtures.organisation("Heerlen", type, quiet, OrganisationStatus.AANGESLOTEN);
		fixtures.organisation("Venlo", type, answering, OrganisationStatus.AANGESLOTEN);
		long callId = calls.create("Herinnering test", "Tekst", LocalDate.now(clock).plusDays(3),
				new DirectoryFilter(null, null, null, type, null, null), true, List.of(), "test");
		assertThat(calls.send(callId)).isEqualTo(2);
		String link = linkIn(Mailboxes.waitFor(mails, answering, 1).get(0).text());
		mvc.perform(post(link).param("antwoord", "LATER").with(csrf())).andExpect(status().is3xxRedirection());

		mvc.perform(post("/beheer/oproepen/" + callId + "/herinneren").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/oproepen/" + callId + "/herinneren").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Mailboxes.waitFor(mails, quiet, 2)).hasSize(2);
		assertThat(mails.to(quiet).get(1).subject()).startsWith("Herinnering");
		assertThat(mails.to(answering)).hasSize(1);
		// the reminder carries a working link too
		mvc.perform(get(linkIn(mails.to(quiet).get(1).text()))).andExpect(status().isOk());
	}

	@Test
	void aProspectSaysYesWithItsKindAndWaitsAsSignedUpUntilTheSecretariatAcceptsIt() throws Exception {
		String prospect = NetworkFixtures.unique("nieuw") + "@test.alliantie.local";
		String name = NetworkFixtures.unique("Buurtgroep");
		MockMultipartFile csv = new MockMultipartFile("prospecten", "prospecten.csv", "text/csv",
				("\uFEFForganisatie;gemeente;email\r\n" + name + ";Tilburg;" + prospect + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String location = mvc.perform(multipart("/beheer/oproepen").file(csv).param("titel", "Kom erbij")
			.param("tekst", "Tekst").param("antwoordVoor", LocalDate.now(clock).toString()).with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(location + "/versturen").with(logins.secretariat()).with(csrf()));
		String link = linkIn(Mailboxes.waitFor(mails, prospect, 1).get(0).text());
		String anna = NetworkFixtures.unique("anna") + "@test.alliantie.local";

		// the reply form as served asks the kind; a yes without it is refused beside the field, input kept
		ServedForm form = ServedForm.in(mvc.perform(get(link)).andReturn().getResponse().getContentAsString(), link);
		mvc.perform(form.with("antwoord", "JA").with("naam1", "Anna Visser").with("email1", anna).post().with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies wat voor organisatie u bent.")))
			.andExpect(content().string(containsString("Anna Visser")));
		mvc.perform(form.with("soort", "voedselbank").post().with(csrf())).andExpect(redirectedUrl(link + "?bedankt"));

		record Row(long id, String status, String typeKey) {
		}
		Row row = jdbc.sql("select id, status, type_key from network_organisation where name = :name and municipality = 'Tilburg'")
			.param("name", name).query(Row.class).single();
		assertThat(row.status()).isEqualTo("AANGEMELD");
		assertThat(row.typeKey()).isEqualTo("voedselbank");
		// not public until accepted: not in the list, its CSV or at its address
		mvc.perform(get("/organisaties/" + row.id())).andExpect(status().isNotFound());
		String listed = "href=\"/organisaties/" + row.id() + "\"";
		mvc.perform(get("/organisaties").param("naam", name)).andExpect(content().string(not(containsString(listed))));
		mvc.perform(get("/organisaties").param("naam", name).param("status", "AANGEMELD"))
			.andExpect(content().string(not(containsString(listed))));
		mvc.perform(get("/organisaties.csv").param("naam", name)).andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/organisaties").param("naam", name).param("status", "AANGEMELD").with(logins.secretariat()))
			.andExpect(content().string(containsString(listed)));
		// a representative may not accept their own sign-up
		mvc.perform(post("/beheer/organisaties/" + row.id() + "/aanvaarden").with(logins.as(anna)).with(csrf()))
			.andExpect(status().isForbidden());

		var secretariat = logins.secretariat();
		mvc.perform(get("/beheer/organisaties/" + row.id()).with(secretariat)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Aanmelding aannemen")));
		mvc.perform(post("/beheer/organisaties/" + row.id() + "/aanvaarden").with(secretariat).with(csrf()))
			.andExpect(redirectedUrl("/beheer/organisaties/" + row.id() + "?aanvaard"));
		assertThat(jdbc.sql("select status from network_organisation where id = :id").param("id", row.id())
			.query(String.class).single()).isEqualTo("AANGESLOTEN");
		mvc.perform(get("/organisaties/" + row.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Aangesloten")));
	}

	@Test
	void aRepresentativeNamedInAReplyGetsOneMailWithTheLinkToSetAPassword() throws Exception {
		String type = fixtures.uniqueType();
		String address = NetworkFixtures.unique("lid") + "@test.alliantie.local";
		fixtures.organisation("Deventer", type, address, OrganisationStatus.AANGESLOTEN);
		long callId = calls.create("Wie vertegenwoordigt u?", "Tekst", LocalDate.now(clock).plusDays(5),
				new DirectoryFilter(null, null, null, type, null, null), true, List.of(), "test");
		calls.send(callId);
		String link = linkIn(Mailboxes.waitFor(mails, address, 1).get(0).text());
		String named = NetworkFixtures.unique("nieuw") + "@test.alliantie.local";
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(link).param("antwoord", "JA").param("naam1", "Sevda Yilmaz").param("email1", named)
				.with(csrf())).andExpect(status().is3xxRedirection());
		}

		MailCatcher.CaughtMail invitation = Mailboxes.waitFor(mails, named, 1).get(0);
		Matcher setPassword = Pattern.compile("/wachtwoord/[A-Za-z0-9_-]{43}").matcher(invitation.text());
		assertThat(setPassword.find()).as("link to set a password in %s", invitation.text()).isTrue();
		mvc.perform(get(setPassword.group())).andExpect(status().isOk());
		// the second, same reply names nobody new: no second mail
		assertThat(jdbc.sql("select count(*) from mail_outbox where purpose = 'account-invite' and lower(recipient) = :to")
			.param("to", named).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aBadProspectFileIsRefusedWithTheLine() throws Exception {
		MockMultipartFile csv = new MockMultipartFile("prospecten", "p.csv", "text/csv",
				"Groep A;Tilburg;a@test.alliantie.local\nGroep B;Tilburg;geen-adres\n".getBytes());
		mvc.perform(multipart("/beheer/oproepen").file(csv).param("titel", "X").param("tekst", "Y")
			.param("antwoordVoor", "2020-01-01").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("op regel 2")))
			.andExpect(content().string(containsString("Deze datum is al voorbij.")));
	}

	@Test
	void onlyTheSecretariatManagesCallsAndABadLinkSaysSo() throws Exception {
		long callId = calls.create("Toegang", "Tekst", LocalDate.now(clock).plusDays(3), DirectoryFilter.NONE, false,
				List.of(), "test");
		for (var login : List.of(logins.coordinator("noord"), logins.representative(1))) {
			mvc.perform(get("/beheer/oproepen").with(login)).andExpect(status().isForbidden());
			mvc.perform(get("/beheer/oproepen/nieuw").with(login)).andExpect(status().isForbidden());
			mvc.perform(get("/beheer/oproepen/" + callId).with(login)).andExpect(status().isForbidden());
			mvc.perform(multipart("/beheer/oproepen").param("titel", "x").with(login).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/beheer/oproepen/" + callId + "/versturen").with(login).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/beheer/oproepen/" + callId + "/herinneren").with(login).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/beheer/oproepen")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/beheer/oproepen").with(logins.secretariat())).andExpect(status().isOk());
		mvc.perform(get("/beheer/oproepen/nieuw").with(logins.secretariat())).andExpect(status().isOk());
		mvc.perform(get("/oproep/" + "a".repeat(43))).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Deze link werkt niet")))
			.andExpect(content().string(not(containsString("Exception"))));
	}
}
