package nl.alliantie.conferences;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.conferences.registrations.CalendarFiles;
import nl.alliantie.mail.catcher.MailCatcher;

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

/** The public pages, the registration form and the secretariat's pages. */
@AlliantieTest
class ConferencePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	TestLogins logins;

	@Autowired
	MailCatcher mails;

	@Test
	void editionAndDayPagesArePublic() throws Exception {
		var fixture = fixtures.edition(50, 10);
		mvc.perform(get("/alliantiedagen")).andExpect(status().isOk());
		mvc.perform(get(fixture.editionPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Groeien in kracht " + fixture.year())))
			.andExpect(content().string(containsString("Armoedebestrijding in de praktijk")))
			.andExpect(content().string(containsString("name=\"toestemming\"")));
		mvc.perform(get(fixture.dayPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inleiding")))
			.andExpect(content().string(containsString("agenda.ics")));
		mvc.perform(get("/alliantiedagen/" + fixture.year() + "/99")).andExpect(status().isNotFound());
	}

	@Test
	void theCalendarFileKeepsItsUid() throws Exception {
		var fixture = fixtures.edition(50, 10);
		String first = mvc.perform(get(fixture.dayPath() + "/agenda.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn().getResponse().getContentAsString();
		String again = mvc.perform(get(fixture.dayPath() + "/agenda.ics")).andReturn().getResponse().getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(first));
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(CalendarFiles.uid(fixture.dayId()));
		assertThat(event.getLocation().getValue()).contains("Zutphen");
		VEvent second = (VEvent) new CalendarBuilder().build(new StringReader(again)).getComponent("VEVENT").orElseThrow();
		assertThat(second.getUid()).isEqualTo(event.getUid());
	}

	@Test
	void theFormExplainsEveryMistakeAndKeepsTheInput() throws Exception {
		var fixture = fixtures.edition(50, 10);
		mvc.perform(post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("dag", String.valueOf(fixture.dayId()))
				.param("naam", "Truus de Vries")
				.param("email", "geen-adres")
				.param("werkgroep1", String.valueOf(fixture.workshops().get(0)))
				.param("werkgroep2", String.valueOf(fixture.workshops().get(0))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
			.andExpect(content().string(containsString("Kies voor uw tweede keuze een andere werkgroep")))
			.andExpect(content().string(containsString("Zet een vinkje als u het goed vindt")))
			.andExpect(content().string(containsString("value=\"Truus de Vries\"")));
	}

	@Test
	void aTamperedChoiceIsRefusedByItsFieldAndTheRestIsKept() throws Exception {
		var fixture = fixtures.edition(50, 10);
		String[][] tampered = { { "werkgroep1", "abc" }, { "werkgroep1", "99999999999999999999" },
				{ "toestemming", "misschien" }, { "dag", "abc" } };
		for (String[] field : tampered) {
			// the tampered value replaces the served one (a second value would be a different request)
			var fields = new java.util.LinkedHashMap<String, String>();
			fields.put("dag", String.valueOf(fixture.dayId()));
			fields.put("naam", "Truus de Vries");
			fields.put("email", "truus@example.org");
			fields.put("werkgroep1", String.valueOf(fixture.workshops().get(0)));
			fields.put("toestemming", "true");
			fields.put(field[0], field[1]);
			var request = post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork());
			fields.forEach(request::param);
			mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"" + field[0] + "-error\"")))
				.andExpect(content().string(containsString("value=\"Truus de Vries\"")))
				.andExpect(content().string(containsString("value=\"truus@example.org\"")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Failed to convert"))));
		}
	}

	@Test
	void registeringMailsThePersonalLinkAndTheCalendarFile() throws Exception {
		var fixture = fixtures.edition(50, 10);
		String email = "truus-" + UUID.randomUUID() + "@test.alliantie.local";
		MvcResult result = mvc.perform(post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("dag", String.valueOf(fixture.dayId()))
				.param("naam", "Truus de Vries")
				.param("email", email)
				.param("organisatie", "Cliëntenraad Zutphen")
				.param("werkgroep1", String.valueOf(fixture.workshops().get(1)))
				.param("dieet", "vegetarisch")
				.param("toestemming", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/alliantiedagen/aanmelding/verstuurd"))
			.andReturn();
		// the address travels in the session (kept in PostgreSQL): the browser sends its session cookie back
		mvc.perform(get("/alliantiedagen/aanmelding/verstuurd").cookie(result.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wij hebben een e-mail gestuurd naar " + email)));

		// the personal link is only in the mail; the place is theirs once they confirm there (docs/adr/0027)
		var hold = nl.alliantie.mail.Mailboxes.waitFor(mails, email, 1);
		assertThat(hold).hasSize(1);
		String link = hold.get(0).text().replaceAll("(?s).*http://localhost[^/\\s]*(/alliantiedagen/aanmelding/[A-Za-z0-9_-]{43}).*", "$1");
		assertThat(link).startsWith("/alliantiedagen/aanmelding/");
		MvcResult confirmed = mvc.perform(post(link + "/bevestigen").with(csrf()))
			.andExpect(redirectedUrl(link))
			.andReturn();
		mvc.perform(get(link).cookie(confirmed.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Uw aanmelding is bevestigd. U hebt een plaats.")))
			.andExpect(content().string(containsString("Sociale coöperaties")))
			.andExpect(content().string(containsString(fixture.dayPath() + "/agenda.ics")));

		var mail = nl.alliantie.mail.Mailboxes.waitFor(mails, email, 2);
		assertThat(mail).hasSize(2);
		assertThat(mail.get(1).text()).contains(link).contains(fixture.dayPath() + "/agenda.ics").contains("Sociale coöperaties");

		// a second submit with the same address makes no second registration
		mvc.perform(post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("dag", String.valueOf(fixture.dayId()))
				.param("naam", "Truus de Vries")
				.param("email", email.toUpperCase())
				.param("toestemming", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("al aangemeld voor deze dag")));

		mvc.perform(post(link + "/afmelden").with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Afgezegd")))
			.andExpect(content().string(not(containsString("Ik zeg af"))));
		mvc.perform(get("/alliantiedagen/aanmelding/" + "x".repeat(43))).andExpect(content().string(containsString("Deze link werkt niet meer")));
	}

	@Test
	void aPastDayTakesNoRegistrations() throws Exception {
		var fixture = fixtures.edition(LocalDate.now().minusDays(3), 50, 10, null);
		mvc.perform(get(fixture.editionPath())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"toestemming\""))));
		mvc.perform(post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("dag", String.valueOf(fixture.dayId()))
				.param("naam", "Laat")
				.param("email", "laat-" + UUID.randomUUID() + "@test.alliantie.local")
				.param("toestemming", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aanmelden voor deze dag kan niet meer")));
	}

	@Test
	void theSecretariatMakesAnEdition() throws Exception {
		var secretariat = logins.secretariat();
		mvc.perform(get("/beheer/alliantiedagen").with(secretariat)).andExpect(status().isOk());
		mvc.perform(post("/beheer/alliantiedagen").with(secretariat).with(csrf()).param("jaar", "abc").param("thema", "").param("titel", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul het jaar in met cijfers")));
		mvc.perform(post("/beheer/alliantiedagen").with(secretariat).with(csrf()).param("jaar", "").param("thema", "").param("titel", "Groeien"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul het jaar in.")))
			.andExpect(content().string(containsString("Vul het thema in")))
			.andExpect(content().string(containsString("value=\"Groeien\"")));
		var fixture = fixtures.edition(50, 10);
		mvc.perform(get("/beheer/alliantiedagen/" + fixture.year()).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inbreng uit de regio-overleggen")));
		mvc.perform(post("/beheer/alliantiedagen/" + fixture.year() + "/dagen").with(secretariat).with(csrf())
				.param("datum", "2030-10-04").param("plaats", "Beilen").param("locatie", "De Kiepe")
				.param("adres", "Markt 1").param("regio", "noord").param("capaciteit", "120"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/alliantiedagen/" + fixture.year() + "/dagen").with(secretariat).with(csrf())
				.param("datum", "").param("plaats", "").param("locatie", "x").param("adres", "x").param("capaciteit", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een datum in, zoals 2025-10-04")))
			.andExpect(content().string(containsString("Vul de plaats in")))
			.andExpect(content().string(containsString("Vul een aantal plaatsen in van 1 of meer")));
		mvc.perform(post("/beheer/alliantiedagen/" + fixture.year() + "/blokken").with(secretariat).with(csrf())
				.param("blokSoort", "contribution").param("blokTitel", "Een vrolijke noot").param("blokBegin", "12:15").param("blokEinde", "12:10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het blok moet eindigen na het begin")));
		mvc.perform(get("/beheer/alliantiedagen/dagen/" + fixture.dayId()).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Armoedebestrijding in de praktijk")));
		mvc.perform(post("/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/sprekers").with(secretariat).with(csrf())
				.param("blok", "0").param("sprekerNaam", "Hans"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een blok van deze dag")));
		mvc.perform(post("/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/capaciteit").with(secretariat).with(csrf())
				.param("capaciteit", "75"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyTheSecretariatMakesEditions() throws Exception {
		var fixture = fixtures.edition(50, 10);
		mvc.perform(get("/beheer/alliantiedagen")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/beheer/alliantiedagen").with(logins.coordinator("noord"))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/alliantiedagen/dagen/" + fixture.dayId()).with(logins.coordinator("noord"))).andExpect(status().isForbidden());
	}

	@Test
	void coordinatorsCheckInTheDaysOfTheirRegion() throws Exception {
		var fixture = fixtures.edition(LocalDate.now().plusDays(5), 50, 10, "noord");
		var registrations = fixture;
		mvc.perform(post(registrations.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("dag", String.valueOf(fixture.dayId())).param("naam", "Gerrit Bosma")
				.param("email", "gerrit-" + UUID.randomUUID() + "@test.alliantie.local").param("toestemming", "true"))
			.andExpect(status().is3xxRedirection());
		String base = "/beheer/alliantiedagen/dagen/" + fixture.dayId();
		mvc.perform(get(base + "/inchecken").with(logins.coordinator("zuid"))).andExpect(status().isForbidden());
		var noord = logins.coordinator("noord");
		String page = mvc.perform(get(base + "/inchecken").with(noord))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gerrit Bosma")))
			.andReturn().getResponse().getContentAsString();
		String id = page.replaceAll("(?s).*<tr id=\"r(\\d+)\">.*", "$1");
		mvc.perform(post(base + "/inchecken/" + id).with(noord).with(csrf()).param("aanwezig", "true").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<tr id=\"r" + id + "\">")))
			.andExpect(content().string(containsString("Aanwezig")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post(base + "/inchecken/" + id).with(noord).with(csrf()).param("aanwezig", "false"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(base + "/presentielijst").with(noord))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Handtekening")))
			.andExpect(content().string(containsString("Gerrit Bosma")));
	}
}
