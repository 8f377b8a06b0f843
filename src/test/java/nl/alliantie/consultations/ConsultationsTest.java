package nl.alliantie.consultations;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.ServedForm;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.invitations.Answer;
import nl.alliantie.consultations.invitations.Invitation;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.consultations.invitations.ReplyClosed;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.OutboxRows;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Planning, public pages, replies, reminders, access by region, minutes and calendar files.
 * Over 400 lines, not split yet: the seam is the feature (planning, invitations and replies,
 * minutes), one class each with the shared fixtures.
 */
@AlliantieTest
class ConsultationsTest {

	static final Pattern LINK = Pattern.compile("/uitnodiging/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	java.util.List<nl.alliantie.conferences.ProgramInputs> programInputs;

	@Autowired
	TestLogins logins;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	Invitations invitations;

	@Autowired
	Consultations consultations;

	@Autowired
	nl.alliantie.consultations.minutes.Minutes minutes;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxRows outbox;

	static String linkIn(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("link in %s", text).isTrue();
		return matcher.group();
	}

	long invitationOf(long consultation, String email) {
		return jdbc.sql("select id from consultations_invitation where consultation_id = :c and email = :e")
			.param("c", consultation).param("e", email).query(Long.class).single();
	}

	@Test
	void aCoordinatorPlansWithTheStandingTasksAndThePublicSeesDatePlaceAndAgendaButNotWhoComes() throws Exception {
		String location = mvc.perform(post("/beheer/regio-overleggen").param("regio", "oost")
			.param("datum", java.time.LocalDate.now().plusDays(40).toString()).param("begintijd", "13:30")
			.param("eindtijd", "16:00").param("locatie", "Wijkcentrum De Hanzehof").param("adres", "Coehoornsingel 3, Zutphen")
			.param("route", "").param("onlineLink", "").with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/agenda").param("titel", "Signaal: minder bijzondere bijstand")
			.with(logins.coordinator("oost")).with(csrf())).andExpect(status().is3xxRedirection());
		String person = ConsultationFixtures.unique("gast");
		invitations.invitePerson(id, "Geheime Gast", person);
		invitations.answer(invitationOf(id, person), new Invitation.Reply(Answer.YES, "Geheime Gast", person, null, null, null), "/x");

		mvc.perform(get("/regio-overleggen/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Wijkcentrum De Hanzehof")))
			.andExpect(content().string(containsString("Activiteiten uitwisselen en op elkaar afstemmen")))
			.andExpect(content().string(containsString("Signaal: minder bijzondere bijstand")))
			.andExpect(content().string(not(containsString("Geheime Gast"))));
		mvc.perform(get("/regio-overleggen")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/regio-overleggen/" + id)));

		// form errors are plain sentences next to the field, input kept
		mvc.perform(post("/beheer/regio-overleggen").param("regio", "oost").param("datum", "2020-01-01")
			.param("begintijd", "10:00").param("eindtijd", "09:00").param("locatie", "Mijn zaal")
			.with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mijn zaal")))
			.andExpect(content().string(containsString("De eindtijd moet na de begintijd liggen.")));
	}

	@Test
	void aPlannedConsultationIsChangedThroughItsEditFormAsServedAndTheInviteesHearOfIt() throws Exception {
		long id = fixtures.planned("noord", Duration.ofDays(50));
		String invitee = ConsultationFixtures.unique("genodigde");
		invitations.invitePerson(id, "Jelle Visser", invitee);
		var coordinator = logins.coordinator("noord");
		String edit = mvc.perform(get("/beheer/regio-overleggen/" + id).with(coordinator)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		ServedForm form = ServedForm.in(edit, "/beheer/regio-overleggen/" + id);
		assertThat(form.has("regio")).as("a planned consultation keeps its region: no field for it").isFalse();
		String day = java.time.LocalDate.now(nl.alliantie.shared.time.DutchTime.ZONE).plusDays(60).toString();
		// the fixture starts the meeting at this moment's time of day plus two hours, which crosses midnight when the
		// suite runs late in the evening; the coordinator sets the hours of the new day as well
		form = form.with("begintijd", "19:30").with("eindtijd", "21:30");

		// an error in what was typed is shown beside its field, the rest kept
		mvc.perform(form.with("datum", day).with("locatie", "").with("adres", "Oosterstraat 4, Groningen").post()
			.with(coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de plaats in.")))
			.andExpect(content().string(not(containsString("Kies een regio."))))
			.andExpect(content().string(containsString("Oosterstraat 4, Groningen")));

		mvc.perform(form.with("locatie", "Het Heerenhuis").post().with(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/beheer/regio-overleggen/" + id + "?melding=gewijzigd"));
		assertThat(consultations.consultation(new ConsultationId(id)).orElseThrow().venue()).isEqualTo("Het Heerenhuis");
		assertThat(jdbc.sql("select lower(recipient) from mail_outbox where purpose = 'consultation-changed' and object_id like :id")
			.param("id", id + "-%").query(String.class).list()).containsExactly(invitee);
	}

	@Test
	void theListsShowTheTownAndOpenPointsShowTheirRegionTheirDateInWordsAndWhetherTheyAreLate() throws Exception {
		long id = fixtures.planned("zuid", Duration.ofDays(4));
		org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(mvc.perform(get("/regio-overleggen"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(list.selectFirst("a[href=/regio-overleggen/" + id + "]").parent().text())
			.contains("Stationsplein 1, Assen");

		String late = "Lijst maken " + java.util.UUID.randomUUID().toString().substring(0, 8);
		String early = "Brief sturen " + java.util.UUID.randomUUID().toString().substring(0, 8);
		java.time.LocalDate today = java.time.LocalDate.now(nl.alliantie.shared.time.DutchTime.ZONE);
		minutes.addPoint(id, "ACTIEPUNT", late, "Piet", today.minusDays(2), false);
		minutes.addPoint(id, "ACTIEPUNT", early, "Piet", today.plusDays(30), false);
		org.jsoup.nodes.Document admin = org.jsoup.Jsoup.parse(mvc.perform(get("/beheer/regio-overleggen")
			.with(logins.coordinator("zuid"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		String lateRow = admin.select("tr:contains(" + late + ")").text();
		assertThat(lateRow).contains("Te laat", "Zuid", today.minusDays(2)
			.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl"))))
			.doesNotContain(today.minusDays(2).toString(), " zuid");
		assertThat(admin.select("tr:contains(" + early + ")").text()).contains("Zuid").doesNotContain("Te laat");
	}

	@Test
	void aDateOrTimeThatDoesNotExistIsRefusedByItsOwnField() throws Exception {
		String nextYear = String.valueOf(java.time.LocalDate.now().getYear() + 1);
		mvc.perform(post("/beheer/regio-overleggen").param("regio", "oost").param("datum", nextYear + "-02-30")
			.param("begintijd", "10:00").param("eindtijd", "12:00").param("locatie", "Zaal").param("adres", "Straat 1")
			.with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"datum-error\"")))
			.andExpect(content().string(containsString("value=\"" + nextYear + "-02-30\"")));
		mvc.perform(post("/beheer/regio-overleggen").param("regio", "oost").param("datum", "14-3-" + nextYear)
			.param("begintijd", "25:99").param("eindtijd", "12:00").param("locatie", "Zaal").param("adres", "Straat 1")
			.with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"begintijd-error\"")))
			.andExpect(content().string(not(containsString("id=\"datum-error\""))))
			.andExpect(content().string(containsString("value=\"25:99\"")));
		long id = fixtures.planned("oost", Duration.ofDays(12));
		fixtures.startsIn(id, Duration.ofHours(-3));
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/actiepunten").param("soort", "ACTIEPUNT")
			.param("wat", "Iets doen").param("wanneer", "2026-02-30").with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"wanneer-error\"")))
			.andExpect(content().string(containsString("value=\"2026-02-30\"")));
	}

	@Test
	void planTheYearProposesJanuaryAndJuneOnce() throws Exception {
		int year = 2090 + (int) (Math.random() * 100);
		mvc.perform(post("/beheer/regio-overleggen/jaar").param("jaar", String.valueOf(year))
			.with(logins.coordinator("zuid")).with(csrf())).andExpect(redirectedUrl("/beheer/regio-overleggen?melding=2"));
		mvc.perform(post("/beheer/regio-overleggen/jaar").param("jaar", String.valueOf(year))
			.with(logins.coordinator("zuid")).with(csrf())).andExpect(redirectedUrl("/beheer/regio-overleggen?melding=0"));
		assertThat(jdbc.sql("""
				select extract(month from starts_at at time zone 'Europe/Amsterdam')::int from consultations_consultation
				where region_key = 'zuid' and extract(year from starts_at at time zone 'Europe/Amsterdam') = :y order by 1""")
			.param("y", year).query(Integer.class).list()).containsExactly(1, 6);
	}

	@Test
	void aHundredIdenticalRepliesAtOnceLeaveOneReplyAndOneConfirmation() throws Exception {
		long id = fixtures.planned("west", Duration.ofDays(20));
		String address = ConsultationFixtures.unique("tegelijk");
		invitations.invitePerson(id, "Yusuf Kaya", address);
		long invitation = invitationOf(id, address);
		String link = linkIn(Mailboxes.waitFor(mails, address, 1).get(0).text());
		Invitation.Reply reply = new Invitation.Reply(Answer.YES, "Yusuf Kaya", address, "Sevda Yılmaz",
				ConsultationFixtures.unique("sevda"), "Rolstoel");
		// ten at a time (the connection pool holds 12): all hundred still race for the one invitation
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				tasks.add(() -> {
					invitations.answer(invitation, reply, link);
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from consultations_invitation where consultation_id = :c and answer = 'JA'")
			.param("c", id).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from mail_outbox where purpose = 'consultation-reply' and lower(recipient) = :a")
			.param("a", address).query(Integer.class).single()).isEqualTo(1);
		assertThat(Mailboxes.waitFor(mails, address, 2)).hasSize(2);
		assertThat(outbox.to(address)).isEqualTo(2);
		assertThat(mails.to(address).get(1).subject()).startsWith("Bevestiging");
	}

	@Test
	void aReplyAfterTheStartIsRefusedAndTheLinkShowsTheReplyReadOnly() throws Exception {
		long id = fixtures.planned("noord", Duration.ofDays(10));
		String address = ConsultationFixtures.unique("laat");
		invitations.invitePerson(id, "Anna Visser", address);
		String link = linkIn(Mailboxes.waitFor(mails, address, 1).get(0).text());
		mvc.perform(post(link).param("antwoord", "JA").param("naam1", "").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de naam van de eerste persoon in.")));
		mvc.perform(post(link).param("antwoord", "JA").param("naam1", "Anna Visser").param("email1", address)
			.param("opmerkingen", "Ik eet geen vlees.").with(csrf()))
			.andExpect(redirectedUrl(link + "?bedankt"));

		fixtures.startsIn(id, Duration.ofMinutes(-5));
		mvc.perform(post(link).param("antwoord", "NEE").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Het overleg is al begonnen")))
			.andExpect(content().string(containsString("Ik eet geen vlees.")));
		mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Het overleg is al begonnen")))
			.andExpect(content().string(not(containsString("<form method=\"post\" action=\"/uitnodiging"))));
		long invitation = invitationOf(id, address);
		assertThatThrownBy(() -> invitations.answer(invitation,
				new Invitation.Reply(Answer.NO, null, null, null, null, null), link)).isInstanceOf(ReplyClosed.class);
		assertThat(jdbc.sql("select answer from consultations_invitation where id = :id").param("id", invitation)
			.query(String.class).single()).isEqualTo("JA");
		mvc.perform(get("/uitnodiging/" + "a".repeat(43))).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Deze link werkt niet")));
	}

	@Test
	void eachReminderGoesOnceToThoseWithoutReplyAndThoseWhoComeWithTheCalendarLink() throws Exception {
		long id = fixtures.planned("zuid", Duration.ofDays(30));
		String quiet = ConsultationFixtures.unique("stil");
		String coming = ConsultationFixtures.unique("komt");
		String notComing = ConsultationFixtures.unique("nee");
		for (String address : List.of(quiet, coming, notComing)) {
			invitations.invitePerson(id, "Gast " + address.substring(0, 6), address);
		}
		invitations.answer(invitationOf(id, coming), new Invitation.Reply(Answer.YES, "Kees", coming, null, null, null), "/x");
		invitations.answer(invitationOf(id, notComing), new Invitation.Reply(Answer.NO, null, null, null, null, null), "/x");
		fixtures.startsIn(id, Duration.ofDays(6));
		invitations.remind();
		invitations.remind();
		assertThat(Mailboxes.waitFor(mails, quiet, 2)).hasSize(2);
		assertThat(Mailboxes.waitFor(mails, coming, 3)).hasSize(3);
		invitations.remind();
		assertThat(outbox.to(quiet)).isEqualTo(2);
		assertThat(outbox.to(coming)).isEqualTo(3);
		assertThat(outbox.to(notComing)).isEqualTo(2);
		assertThat(mails.to(quiet).get(1).subject()).startsWith("Herinnering");
		assertThat(mails.to(coming).get(2).text()).contains("/regio-overleggen/" + id + ".ics");
		mvc.perform(get(linkIn(mails.to(quiet).get(1).text()))).andExpect(status().isOk());
	}

	@Test
	void aCoordinatorOfOneRegionCannotSeeOrChangeAnotherRegionsInvitations() throws Exception {
		long id = fixtures.planned("west", Duration.ofDays(25));
		var noord = logins.coordinator("noord");
		mvc.perform(get("/beheer/regio-overleggen/" + id).with(noord)).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/regio-overleggen/" + id + "/uitnodigingen").with(noord)).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/uitnodigen").with(noord).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/uitnodigen/persoon").param("naam", "X")
			.param("email", "x@test.alliantie.local").with(noord).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/regio-overleggen/" + id).param("regio", "west").with(noord).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/regio-overleggen").param("regio", "west").with(noord).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/regio-overleggen/" + id + "/verslag").with(noord)).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/annuleren").with(noord).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/regio-overleggen").with(logins.representative(1))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/regio-overleggen/alliantiedagen").with(noord)).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/regio-overleggen/" + id + "/uitnodigingen")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/beheer/regio-overleggen/" + id + "/uitnodigingen").with(logins.coordinator("west"))).andExpect(status().isOk());
		mvc.perform(get("/beheer/regio-overleggen/" + id + "/uitnodigingen").with(logins.secretariat())).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from consultations_invitation where consultation_id = :c").param("c", id)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void invitingTheRegionReachesItsMembersAndKnownRepresentativesAreProposed() throws Exception {
		String address = ConsultationFixtures.unique("lid");
		OrganisationId member = network.organisation("Emmen", "anti-armoedegroep", address,
				nl.alliantie.network.organisations.OrganisationStatus.OP_AFSTAND);
		String invited = ConsultationFixtures.unique("uitgenodigd");
		network.organisation("Emmen", "anti-armoedegroep", invited,
				nl.alliantie.network.organisations.OrganisationStatus.UITGENODIGD);
		long id = fixtures.planned("noord", Duration.ofDays(50));
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/uitnodigen").with(logins.coordinator("noord")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String link = linkIn(Mailboxes.waitFor(mails, address, 1).get(0).text());
		assertThat(mails.to(address).get(0).text()).contains("lobby", "Assen").doesNotContain("{");
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Komt u naar het overleg?")));
		assertThat(outbox.to(invited)).isZero();
		assertThat(consultations.coming("noord")).extracting(c -> c.id().value()).contains(id);
		assertThat(member.value()).isPositive();
	}

	@Test
	void minutesWithActionPointsArePublishedToParticipantsAndItemsForTheAlliantiedagenAreCollected() throws Exception {
		long id = fixtures.planned("oost", Duration.ofDays(12));
		String address = ConsultationFixtures.unique("deelnemer");
		invitations.invitePerson(id, "Marja Postma", address);
		invitations.answer(invitationOf(id, address), new Invitation.Reply(Answer.YES, "Marja Postma", address, null, null, null), "/x");
		var coordinator = logins.coordinator("oost");
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/verslag").param("verslag", "x").with(coordinator).with(csrf()))
			.andExpect(status().isConflict());
		fixtures.startsIn(id, Duration.ofHours(-3));
		long invitation = invitationOf(id, address);
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/verslag").param("aanwezig", String.valueOf(invitation))
			.param("verslag", "We spraken over de wachtlijsten.").param("samenvatting", "Wachtlijsten bij de schuldhulp groeien.")
			.with(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/actiepunten").param("soort", "ACTIEPUNT").param("wat", "")
			.with(coordinator).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul in wat er besloten is")));
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/actiepunten").param("soort", "ACTIEPUNT")
			.param("wat", "Ervaringen met wachtlijsten verzamelen").param("wie", "Marja").param("wanneer", "2030-03-01")
			.param("alliantiedagen", "true").with(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/beheer/regio-overleggen").with(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ervaringen met wachtlijsten verzamelen")));
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/publiceren").with(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/publiceren").with(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var minutes = Mailboxes.waitFor(mails, address, 3);
		assertThat(minutes.get(minutes.size() - 1).subject()).startsWith("Verslag");
		assertThat(minutes.get(minutes.size() - 1).text()).contains("Ervaringen met wachtlijsten verzamelen");
		mvc.perform(get("/regio-overleggen/" + id)).andExpect(content().string(containsString("Wachtlijsten bij de schuldhulp groeien.")))
			.andExpect(content().string(not(containsString("Marja"))));
		int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
		assertThat(consultations.itemsForAlliantiedagen(year)).extracting(Consultations.AlliantiedagenItem::what)
			.contains("Ervaringen met wachtlijsten verzamelen");
		mvc.perform(get("/beheer/regio-overleggen/alliantiedagen").with(logins.secretariat())).andExpect(status().isOk());
		// the conferences module lists them when the program of this year's edition is made
		assertThat(programInputs.stream().flatMap(inputs -> inputs.forEdition(year).stream()))
			.extracting(nl.alliantie.conferences.ProgramInputs.ProgramInput::title)
			.contains("Ervaringen met wachtlijsten verzamelen");
		assertThat(outbox.to(address, "Verslag")).isEqualTo(1);
	}

	@Test
	void calendarFilesKeepTheirUidRaiseTheSequenceAndCancel() throws Exception {
		long id = fixtures.planned("zuid", Duration.ofDays(60));
		VEvent first = event(mvc.perform(get("/regio-overleggen/" + id + ".ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(first.getSummary().getValue()).isEqualTo("Regio-overleg Zuid");
		assertThat(first.getProperties("DTSTAMP")).as("one DTSTAMP (RFC 5545)").hasSize(1);
		assertThat(first.getProperty("ORGANIZER").orElseThrow().getValue()).startsWith("mailto:");
		assertThat(consultations.addAgendaItem(new ConsultationId(id), "Signaal uit Tilburg", "signal:42")).isTrue();
		assertThat(consultations.addAgendaItem(new ConsultationId(id), "Signaal uit Tilburg", "signal:42")).isFalse();
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/annuleren").with(logins.coordinator("zuid")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String cancelled = mvc.perform(get("/regio-overleggen/" + id + ".ics")).andReturn().getResponse().getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(cancelled));
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent second = (VEvent) calendar.getComponents("VEVENT").get(0);
		assertThat(second.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue());
		assertThat(second.getSequence().getSequenceNo()).isGreaterThan(first.getSequence().getSequenceNo());
		assertThat(second.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");

		String region = mvc.perform(get("/regio/zuid/regio-overleggen.ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(new CalendarBuilder().build(new StringReader(region)).getComponents("VEVENT")).isNotEmpty();
		assertThat(region).contains(first.getUid().orElseThrow().getValue());
		String all = mvc.perform(get("/regio-overleggen.ics")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(new CalendarBuilder().build(new StringReader(all)).getComponents("VEVENT").size())
			.isGreaterThanOrEqualTo(1);
		mvc.perform(get("/regio/nergens/regio-overleggen.ics")).andExpect(status().isNotFound());
	}

	static VEvent event(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return (VEvent) calendar.getComponents("VEVENT").get(0);
	}
}
