package nl.alliantie.conferences;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.editions.Workshops;
import nl.alliantie.conferences.registrations.DayChanges;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// Just over 400 lines: one scenario per rule registrants rely on when editions, days and workshops
// change; they share one fixture set-up, which a split would repeat.
/**
 * The secretariat changes and removes editions, days and workshops, within the rules registrants rely on.
 * Over 400 lines, not split yet: every case builds on one edition fixture with days and workshops;
 * the seam is the aggregate (edition, day, workshop), one test class each sharing that fixture.
 */
@AlliantieTest
class ConferenceAdminEditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	TestLogins logins;

	@Autowired
	Editions editions;

	@Autowired
	EditionViews editionViews;

	@Autowired
	Days days;

	@Autowired
	Workshops workshops;

	@Autowired
	DayChanges dayChanges;

	@Autowired
	MailCatcher mails;

	@Test
	void anEditionIsChangedAndAMistakeKeepsWhatWasTyped() throws Exception {
		var secretariat = logins.secretariat();
		var fixture = fixtures.edition(50, 10);
		var other = fixtures.edition(50, 10);
		String base = "/beheer/alliantiedagen/" + fixture.year();
		mvc.perform(get(base).with(secretariat))
			.andExpect(content().string(containsString(base + "/wijzigen")));
		mvc.perform(get(base + "/wijzigen").with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Groeien in kracht " + fixture.year() + "\"")));

		mvc.perform(post(base + "/wijzigen").with(secretariat).with(csrf())
				.param("jaar", "twintig").param("thema", "").param("titel", "Samen sterk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul het jaar in met cijfers, zoals 2026.")))
			.andExpect(content().string(containsString("Vul het thema in.")))
			.andExpect(content().string(containsString("value=\"twintig\"")))
			.andExpect(content().string(containsString("value=\"Samen sterk\"")))
			.andExpect(content().string(containsString("id=\"jaar-error\"")));
		// a year in the allowed range that has no edition (the fixtures use years after 2100)
		int year = freeYear();
		mvc.perform(post(base + "/wijzigen").with(secretariat).with(csrf())
				.param("jaar", String.valueOf(year)).param("thema", "Samen sterk " + fixture.year())
				.param("titel", "Alliantiedagen").param("beschrijving", "Nieuw"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/beheer/alliantiedagen/" + year))
			.andExpect(flash().attribute("notice", "conferences.admin.notice.editionSaved"));
		mvc.perform(get("/alliantiedagen/" + year)).andExpect(content().string(containsString("Samen sterk " + fixture.year())));
		mvc.perform(get(fixture.editionPath())).andExpect(status().isNotFound());

		mvc.perform(post("/beheer/alliantiedagen/" + other.year() + "/wijzigen").with(secretariat).with(csrf())
				.param("jaar", String.valueOf(year)).param("thema", "Anders").param("titel", "Anders"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Voor dit jaar is er al een editie.")))
			.andExpect(content().string(containsString("value=\"Anders\"")));

		// leave the year free for others
		mvc.perform(post("/beheer/alliantiedagen/" + year + "/verwijderen").with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(status().is3xxRedirection());
	}

	private int freeYear() {
		for (int attempt = 0; attempt < 50; attempt++) {
			int year = java.util.concurrent.ThreadLocalRandom.current().nextInt(2040, 2100);
			if (editions.edition(year).isEmpty()) {
				return year;
			}
		}
		throw new IllegalStateException("No free year between 2040 and 2100");
	}

	@Test
	void anEditionWithRegistrationsStays() throws Exception {
		var secretariat = logins.secretariat();
		var fixture = fixtures.edition(50, 10);
		register(fixture, null);
		String base = "/beheer/alliantiedagen/" + fixture.year();
		mvc.perform(post(base + "/verwijderen").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zet een vinkje als u dit echt wilt.")));
		mvc.perform(post(base + "/verwijderen").with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Voor deze editie is nog 1 persoon aangemeld of op de wachtlijst. Een editie met aanmeldingen kunt u niet verwijderen.")))
			.andExpect(content().string(containsString("id=\"zeker-error\"")));
		mvc.perform(get(fixture.editionPath())).andExpect(status().isOk());

		var empty = fixtures.edition(50, 10);
		mvc.perform(post("/beheer/alliantiedagen/" + empty.year() + "/verwijderen").with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/beheer/alliantiedagen"));
		mvc.perform(get(empty.editionPath())).andExpect(status().isNotFound());
		assertThat(days.dayById(empty.dayId())).isEmpty();
	}

	@Test
	void aDayIsChangedWithinItsPlacesAndTheRegistrantsHearOfIt() throws Exception {
		var secretariat = logins.secretariat();
		LocalDate date = LocalDate.now().plusDays(60);
		var fixture = fixtures.edition(date, 5, 10, null);
		String anna = register(fixture, null);
		String bert = register(fixture, null);
		String base = "/beheer/alliantiedagen/dagen/" + fixture.dayId();
		mvc.perform(get(base).with(secretariat)).andExpect(content().string(containsString(base + "/wijzigen")));
		mvc.perform(get(base + "/wijzigen").with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"De Hanzehof\"")))
			.andExpect(content().string(containsString("Dag afzeggen")));

		// fewer places than people registered: refused next to the field, with what was typed
		mvc.perform(post(base + "/wijzigen").with(secretariat).with(csrf())
				.param("datum", date.toString()).param("plaats", "Deventer").param("locatie", "De Hanzehof")
				.param("adres", "Coehoornsingel 1").param("regio", "").param("capaciteit", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er zijn al 2 mensen aangemeld. Kies 2 plaatsen of meer.")))
			.andExpect(content().string(containsString("id=\"capaciteit-error\"")))
			.andExpect(content().string(containsString("value=\"Deventer\"")))
			.andExpect(content().string(containsString("value=\"1\"")));
		mvc.perform(post(base + "/wijzigen").with(secretariat).with(csrf())
				.param("datum", "volgende week").param("plaats", "").param("locatie", "De Hanzehof")
				.param("adres", "Coehoornsingel 1").param("regio", "midden").param("capaciteit", "veel"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een datum in, zoals 2025-10-04.")))
			.andExpect(content().string(containsString("Vul de plaats in.")))
			.andExpect(content().string(containsString("Vul noord, oost, zuid of west in, of laat het leeg.")))
			.andExpect(content().string(containsString("Vul het aantal plaatsen in met cijfers.")))
			.andExpect(content().string(containsString("value=\"volgende week\"")))
			.andExpect(content().string(containsString("value=\"veel\"")));
		assertThat(days.dayById(fixture.dayId()).orElseThrow().town()).isEqualTo("Zutphen");

		// another venue: saved, and both registrants are mailed
		mvc.perform(post(base + "/wijzigen").with(secretariat).with(csrf())
				.param("datum", date.toString()).param("plaats", "Zutphen").param("locatie", "Het Gildehuis")
				.param("adres", "Markt 5").param("regio", "oost").param("capaciteit", "80"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("noticeCount", 2));
		assertThat(ConferenceFixtures.mailAbout(mails, anna, "Gewijzigd").text()).contains("Het Gildehuis");
		assertThat(ConferenceFixtures.mailAbout(mails, bert, "Gewijzigd").text()).contains("Het Gildehuis");
		var day = days.dayById(fixture.dayId()).orElseThrow();
		assertThat(day.venue()).isEqualTo("Het Gildehuis");
		assertThat(day.capacity()).isEqualTo(80);
		assertThat(day.region()).isEqualTo("oost");
	}

	@Test
	void aDayWithRegistrationsIsCancelledNotRemoved() throws Exception {
		var secretariat = logins.secretariat();
		var fixture = fixtures.edition(5, 10);
		String anna = register(fixture, null);
		String base = "/beheer/alliantiedagen/dagen/" + fixture.dayId();
		mvc.perform(post(base + "/verwijderen").with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Voor deze dag is nog 1 persoon aangemeld of op de wachtlijst. Een dag met aanmeldingen kunt u niet verwijderen. Gaat de dag niet door? Zeg hem dan af")))
			.andExpect(content().string(containsString("id=\"zeker-error\"")));
		assertThat(days.dayById(fixture.dayId())).isPresent();

		mvc.perform(post(base + "/afzeggen").with(secretariat).with(csrf()).param("bericht", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het bericht is te lang. Gebruik hoogstens 1000 tekens.")))
			.andExpect(content().string(containsString("id=\"zekerAfzeggen-error\"")))
			.andExpect(content().string(containsString("x".repeat(1001) + "</textarea>")));
		assertThat(days.dayById(fixture.dayId())).isPresent();

		mvc.perform(post(base + "/afzeggen").with(secretariat).with(csrf()).param("zekerAfzeggen", "true")
				.param("bericht", "De zaal is niet beschikbaar."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/beheer/alliantiedagen/" + fixture.year()))
			.andExpect(flash().attribute("noticeCount", 1));
		var mail = ConferenceFixtures.mailAbout(mails, anna, "gaat niet door");
		assertThat(mail.subject()).isEqualTo("De Alliantiedag " + fixture.year() + " in Zutphen gaat niet door");
		assertThat(mail.text()).contains("De zaal is niet beschikbaar.");
		assertThat(days.dayById(fixture.dayId())).isEmpty();

		// a day nobody registered for goes at once
		var empty = fixtures.edition(5, 10);
		mvc.perform(post("/beheer/alliantiedagen/dagen/" + empty.dayId() + "/verwijderen").with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/beheer/alliantiedagen/" + empty.year()));
		assertThat(days.dayById(empty.dayId())).isEmpty();

		// a day that has been keeps its registrations: neither removed nor cancelled
		var past = fixtures.edition(5, 10);
		register(past, null);
		var day = days.dayById(past.dayId()).orElseThrow();
		dayChanges.change(past.dayId(), new DayChanges.Change(LocalDate.now().minusDays(1), day.town(), day.venue(),
				day.address(), null, day.capacity()));
		String pastBase = "/beheer/alliantiedagen/dagen/" + past.dayId();
		mvc.perform(post(pastBase + "/verwijderen").with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(content().string(containsString("Voor deze dag was 1 persoon aangemeld. Een dag die is geweest, blijft bewaard")));
		mvc.perform(post(pastBase + "/afzeggen").with(secretariat).with(csrf()).param("zekerAfzeggen", "true"))
			.andExpect(content().string(containsString("Deze dag is al geweest. Afzeggen kan niet meer.")));
		assertThat(days.dayById(past.dayId())).isPresent();
	}

	@Test
	void aWorkshopIsChangedAndOnlyRemovedWhenNobodyChoseIt() throws Exception {
		var secretariat = logins.secretariat();
		var fixture = fixtures.edition(50, 10);
		long third = workshops.addWorkshop(fixture.editionId(), "Schulden voorkomen", "", "");
		register(fixture, fixture.workshops().get(0));
		register(fixture, fixture.workshops().get(0));
		String chosen = "/beheer/alliantiedagen/" + fixture.year() + "/werkgroepen/" + fixture.workshops().get(0);
		mvc.perform(get("/beheer/alliantiedagen/" + fixture.year()).with(secretariat))
			.andExpect(content().string(containsString(chosen + "\"")));
		mvc.perform(get(chosen).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 mensen die zijn aangemeld of wachten, kozen deze werkgroep.")));

		mvc.perform(post(chosen).with(secretariat).with(csrf())
				.param("werkgroepTitel", " ").param("werkgroepOmschrijving", "Over noodfondsen").param("begeleider", "Clip"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de titel van de werkgroep in.")))
			.andExpect(content().string(containsString("id=\"werkgroepTitel-error\"")))
			.andExpect(content().string(containsString("Over noodfondsen</textarea>")));
		mvc.perform(post(chosen).with(secretariat).with(csrf())
				.param("werkgroepTitel", "Noodfondsen in de praktijk").param("werkgroepOmschrijving", "").param("begeleider", "Clip"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(fixture.editionPath())).andExpect(content().string(containsString("1. Noodfondsen in de praktijk")));

		mvc.perform(post(chosen + "/verwijderen").with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 mensen die zijn aangemeld of wachten, kozen deze werkgroep. Een werkgroep met aanmeldingen kunt u niet verwijderen.")));

		// nobody chose the second: it goes, from the day too, and the third moves up a number
		mvc.perform(post("/beheer/alliantiedagen/" + fixture.year() + "/werkgroepen/" + fixture.workshops().get(1) + "/verwijderen")
				.with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(fixture.editionPath()))
			.andExpect(content().string(not(containsString("Sociale coöperaties"))))
			.andExpect(content().string(containsString("2. Schulden voorkomen")));
		assertThat(editionViews.day(fixture.dayId()).orElseThrow().sessions()).hasSize(1);
		mvc.perform(get("/beheer/alliantiedagen/" + fixture.year() + "/werkgroepen/" + third).with(secretariat))
			.andExpect(status().isOk());
		mvc.perform(get("/beheer/alliantiedagen/" + fixture.year() + "/werkgroepen/" + fixture.workshops().get(1)).with(secretariat))
			.andExpect(status().isNotFound());
	}

	@Test
	void aWorkshopOnADayKeepsItsPeople() throws Exception {
		var secretariat = logins.secretariat();
		var fixture = fixtures.edition(50, 10);
		register(fixture, fixture.workshops().get(0));
		register(fixture, fixture.workshops().get(0));
		String base = "/beheer/alliantiedagen/dagen/" + fixture.dayId();
		long taken = fixture.sessions().get(0);
		long free = fixture.sessions().get(1);

		mvc.perform(post(base + "/werkgroepen/" + taken).with(secretariat).with(csrf())
				.param("werkgroep", String.valueOf(fixture.workshops().get(0))).param("plaatsen", "1").param("minimum", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("In deze werkgroep zijn al 2 plaatsen bezet. Kies 2 plaatsen of meer.")))
			.andExpect(content().string(containsString("id=\"plaatsen-" + taken + "-error\"")))
			.andExpect(content().string(containsString("id=\"plaatsen-" + taken + "\" name=\"plaatsen\" value=\"1\"")));
		mvc.perform(post(base + "/werkgroepen/" + taken).with(secretariat).with(csrf())
				.param("werkgroep", String.valueOf(fixture.workshops().get(0))).param("plaatsen", "12").param("minimum", "min"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul het minimum in met cijfers.")))
			.andExpect(content().string(containsString("id=\"minimum-" + taken + "\" name=\"minimum\" value=\"min\"")));

		mvc.perform(post(base + "/werkgroepen/" + taken + "/verwijderen").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 mensen kozen deze werkgroep op deze dag. Daarom kan hij niet van deze dag af.")));
		mvc.perform(post(base + "/werkgroepen/" + free + "/verwijderen").with(secretariat).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "conferences.admin.notice.sessionWithdrawn"));
		assertThat(editionViews.day(fixture.dayId()).orElseThrow().sessions()).extracting("id").containsExactly(taken);
	}

	@Test
	void onlyTheSecretariatChangesOrRemoves() throws Exception {
		var fixture = fixtures.edition(50, 10);
		String edition = "/beheer/alliantiedagen/" + fixture.year();
		String day = "/beheer/alliantiedagen/dagen/" + fixture.dayId();
		String workshop = edition + "/werkgroepen/" + fixture.workshops().get(0);
		RequestPostProcessor coordinator = logins.coordinator("noord");
		for (String path : new String[] { edition + "/wijzigen", day + "/wijzigen", workshop }) {
			mvc.perform(get(path)).andExpect(status().is3xxRedirection());
			mvc.perform(get(path).with(coordinator)).andExpect(status().isForbidden());
		}
		for (String path : new String[] { edition + "/wijzigen", edition + "/verwijderen", day + "/wijzigen",
				day + "/verwijderen", day + "/afzeggen", workshop, workshop + "/verwijderen",
				day + "/werkgroepen/" + fixture.sessions().get(0) + "/verwijderen" }) {
			mvc.perform(post(path).with(csrf()).param("zeker", "true").param("zekerAfzeggen", "true"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(post(path).with(coordinator).with(csrf()).param("zeker", "true").param("zekerAfzeggen", "true")
					.param("jaar", "2999").param("thema", "x").param("titel", "x").param("werkgroepTitel", "x"))
				.andExpect(status().isForbidden());
		}
		assertThat(days.dayById(fixture.dayId())).isPresent();
		assertThat(editionViews.day(fixture.dayId()).orElseThrow().sessions()).hasSize(2);
		mvc.perform(get(fixture.editionPath())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Groeien in kracht " + fixture.year())));
	}

	/** Registers someone for the fixture's day, optionally with a first workshop; returns their address. */
	@Test
	void aBlockOfTheProgramChangesOnEveryDayAndGoesOnlyWhenConfirmed() throws Exception {
		var secretariat = logins.secretariat();
		var fixture = fixtures.edition(LocalDate.now().plusDays(70), 5, 10, null);
		String anna = register(fixture, null);
		String base = "/beheer/alliantiedagen/" + fixture.year();
		var closing = editionViews.publicView(fixture.year()).orElseThrow().blocks().stream()
			.filter(block -> block.kind().equals("closing"))
			.findFirst()
			.orElseThrow();
		String blockPath = base + "/blokken/" + closing.id();
		mvc.perform(get(base).with(secretariat)).andExpect(content().string(containsString(blockPath)));
		mvc.perform(get(blockPath).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + closing.title() + "\"")));

		// a mistake is said next to the field and keeps what was typed
		mvc.perform(post(blockPath).with(secretariat).with(csrf())
				.param("blokSoort", "closing").param("blokTitel", "").param("blokBegin", "15:00").param("blokEinde", "14:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een titel in.")))
			.andExpect(content().string(containsString("id=\"blokTitel-error\"")))
			.andExpect(content().string(containsString("value=\"14:00\"")));
		mvc.perform(post(blockPath).with(secretariat).with(csrf())
				.param("blokSoort", "closing").param("blokTitel", "Afsluiting").param("blokBegin", "15:00").param("blokEinde", "14:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het blok moet eindigen na het begin.")));

		// later end: the block changes on the day, and the day's end moves, so Anna hears of it
		mvc.perform(post(blockPath).with(secretariat).with(csrf())
				.param("blokSoort", "closing").param("blokTitel", "Afsluiting met soep").param("blokBegin", "15:00").param("blokEinde", "16:30"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("notice", "conferences.admin.notice.blockSaved"));
		mvc.perform(get(fixture.dayPath()))
			.andExpect(content().string(containsString("Afsluiting met soep")))
			.andExpect(content().string(containsString("15:00–16:30")));
		assertThat(ConferenceFixtures.mailAbout(mails, anna, "Gewijzigd").text()).contains("16:30");

		// removing asks for a tick first; then the block leaves every day
		mvc.perform(post(blockPath + "/verwijderen").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zet een vinkje als u dit echt wilt.")));
		mvc.perform(get(fixture.dayPath())).andExpect(content().string(containsString("Afsluiting met soep")));
		mvc.perform(post(blockPath + "/verwijderen").with(secretariat).with(csrf()).param("zeker", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "conferences.admin.notice.blockDeleted"));
		mvc.perform(get(fixture.dayPath())).andExpect(content().string(not(containsString("Afsluiting met soep"))));
		mvc.perform(get(blockPath).with(secretariat)).andExpect(status().isNotFound());
		assertThat(editionViews.publicView(fixture.year()).orElseThrow().blocks()).noneMatch(block -> block.id() == closing.id());
	}

	private String register(ConferenceFixtures.Fixture fixture, Long workshop) throws Exception {
		String email = "beheer-" + UUID.randomUUID() + "@test.alliantie.local";
		var request = post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
			.param("dag", String.valueOf(fixture.dayId()))
			.param("naam", "Deelnemer")
			.param("email", email)
			.param("toestemming", "true");
		if (workshop != null) {
			request.param("werkgroep1", String.valueOf(workshop));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		ConferenceFixtures.confirmFromMail(mvc, mails, email);
		return email;
	}
}
