package nl.alliantie.network;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.organisations.Organisations;
import nl.alliantie.network.people.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's data: shown whole, downloadable, erasable (counts stay), every change logged. */
@AlliantieTest
class PersonalDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	NetworkFixtures fixtures;

	@Autowired
	Organisations organisations;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailCatcher mails;

	@Autowired
	Accounts accounts;

	record Named(OrganisationId organisation, PersonId person, String email) {
	}

	Named representative() {
		OrganisationId organisation = fixtures.organisation("Groningen");
		String email = NetworkFixtures.unique("persoon") + "@test.alliantie.local";
		PersonId person = organisations.appoint(organisation, "Joke de Boer", email, "test");
		people.giveConsent(person, "netwerk", "test", "test");
		return new Named(organisation, person, email);
	}

	int representatives(OrganisationId organisation) {
		return jdbc.sql("select count(*) from network_representative where organisation_id = :id")
			.param("id", organisation.value()).query(Integer.class).single();
	}

	@Test
	void theSecretariatSeesEverythingDownloadsItAndErasesButTheCountsStay() throws Exception {
		Named named = representative();
		String page = "/beheer/personen/" + named.person().value();
		mvc.perform(get(page).with(logins.secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joke de Boer")))
			.andExpect(content().string(containsString(named.email())))
			.andExpect(content().string(containsString("Mail over het netwerk")))
			.andExpect(content().string(containsString("Vertegenwoordiger")));
		mvc.perform(get(page + "/gegevens.json").with(logins.secretariat()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.name").value("Joke de Boer"))
			.andExpect(jsonPath("$.email").value(named.email()))
			.andExpect(jsonPath("$.consents[0].kind").value("netwerk"))
			.andExpect(jsonPath("$.represents[0].organisationId").value(named.organisation().value()))
			.andExpect(jsonPath("$.changes").isArray());

		mvc.perform(post(page + "/wissen").with(logins.secretariat()).with(csrf())).andExpect(redirectedUrl(page));
		assertThat(people.find(named.person().value()).orElseThrow().erased()).isFalse();

		mvc.perform(post(page + "/wissen").param("zeker", "true").with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl(page));
		var erased = people.find(named.person().value()).orElseThrow();
		assertThat(erased.erased()).isTrue();
		assertThat(erased.name()).isEqualTo("Gewiste persoon");
		assertThat(erased.email()).isNull();
		assertThat(erased.phone()).isNull();
		assertThat(representatives(named.organisation())).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from network_consent where person_id = :id").param("id", named.person().value())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from network_audit where person_id = :id and action = 'gewist'")
			.param("id", named.person().value()).query(Integer.class).single()).isPositive();
		// the account no longer speaks for the organisation
		var account = accounts.findByEmail(named.email()).orElseThrow();
		assertThat(jdbc.sql("select count(*) from accounts_grant where account_id = :id and role = 'VERTEGENWOORDIGER'")
			.param("id", account.value()).query(Integer.class).single()).isZero();
		mvc.perform(get(page).with(logins.secretariat()))
			.andExpect(content().string(not(containsString(named.email()))));
	}

	@Test
	void thePersonAsksForALinkSeesTheirDataAndErasesIt() throws Exception {
		Named named = representative();
		mvc.perform(post("/mijn-gegevens").param("email", named.email().toUpperCase()).with(csrf()))
			.andExpect(redirectedUrl("/mijn-gegevens"));
		String unknown = NetworkFixtures.unique("onbekend") + "@test.alliantie.local";
		mvc.perform(post("/mijn-gegevens").param("email", unknown).with(csrf())).andExpect(redirectedUrl("/mijn-gegevens"));
		assertThat(mails.to(unknown)).isEmpty();
		mvc.perform(post("/mijn-gegevens").param("email", "geen adres").with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Vul een geldig e-mailadres in")));

		Matcher link = Pattern.compile("/mijn-gegevens/[A-Za-z0-9_-]{43}").matcher(mails.to(named.email()).get(0).text());
		assertThat(link.find()).isTrue();
		mvc.perform(get(link.group())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Joke de Boer")))
			.andExpect(content().string(not(containsString("Rol toevoegen"))));
		mvc.perform(get(link.group() + "/gegevens.json")).andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(named.email()));
		mvc.perform(post(link.group() + "/wissen").param("zeker", "true").with(csrf())).andExpect(redirectedUrl(link.group()));
		assertThat(people.find(named.person().value()).orElseThrow().erased()).isTrue();
		assertThat(representatives(named.organisation())).isEqualTo(1);
		assertThat(jdbc.sql("select actor from network_audit where person_id = :id and action = 'gewist' limit 1")
			.param("id", named.person().value()).query(String.class).single()).contains("de persoon zelf");
		mvc.perform(get("/mijn-gegevens/" + "b".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void everyChangeToPersonalDataIsLoggedWithWhoWhenAndWhichField() throws Exception {
		Named named = representative();
		String secretary = logins.account(new nl.alliantie.accounts.Grant(nl.alliantie.accounts.Role.SECRETARIAAT, ""));
		String page = "/beheer/personen/" + named.person().value();
		mvc.perform(post(page).param("naam", "Joke de Boer-Smit").param("email", named.email()).param("telefoon", "06 1234 5678")
			.with(logins.as(secretary)).with(csrf())).andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/rollen").param("rol", "REGIOCOORDINATOR").param("bereik", "noord")
			.with(logins.as(secretary)).with(csrf())).andExpect(redirectedUrl(page));
		List<String> fields = jdbc.sql("select field from network_audit where person_id = :id and actor = :actor order by id")
			.param("id", named.person().value()).param("actor", secretary).query(String.class).list();
		assertThat(fields).containsExactly("naam", "telefoon", "rol REGIOCOORDINATOR");
		assertThat(jdbc.sql("select field from network_audit where person_id = :id and actor = 'test' order by id")
			.param("id", named.person().value()).query(String.class).list())
			.contains("naam", "email", "vertegenwoordiger van " + named.organisation().value(), "toestemming netwerk");
		mvc.perform(get(page).with(logins.secretariat())).andExpect(content().string(containsString(secretary)));
		mvc.perform(get("/beheer/logboek").with(logins.secretariat())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Joke de Boer-Smit")));
		// the coordinator is now listed on the region page
		mvc.perform(get("/regio/noord")).andExpect(content().string(containsString("Joke de Boer-Smit")));
	}

	@Test
	void peopleAndTheLogAreForTheSecretariatOnly() throws Exception {
		Named named = representative();
		String page = "/beheer/personen/" + named.person().value();
		for (var login : List.of(logins.coordinator("noord"), logins.representative(named.organisation().value()))) {
			mvc.perform(get("/beheer/personen").with(login)).andExpect(status().isForbidden());
			mvc.perform(get("/beheer/personen.csv").with(login)).andExpect(status().isForbidden());
			mvc.perform(get(page).with(login)).andExpect(status().isForbidden());
			mvc.perform(get(page + "/gegevens.json").with(login)).andExpect(status().isForbidden());
			mvc.perform(post(page).param("naam", "X").with(login).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(page + "/rollen").param("rol", "REDACTIE").with(login).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(page + "/rollen/verwijderen").param("rol", "REDACTIE").with(login).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(page + "/wissen").param("zeker", "true").with(login).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get("/beheer/logboek").with(login)).andExpect(status().isForbidden());
		}
		mvc.perform(get(page)).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/beheer/personen").param("zoek", "Joke").with(logins.secretariat())).andExpect(status().isOk())
			.andExpect(content().string(containsString(named.email())));
		mvc.perform(get("/beheer/personen.csv").param("zoek", named.email()).with(logins.secretariat()))
			.andExpect(status().isOk()).andExpect(content().string(containsString(named.email())));
		assertThat(people.find(named.person().value()).orElseThrow().erased()).isFalse();
	}
}
