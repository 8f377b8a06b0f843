package nl.alliantie.lobby;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.drafting.LocalPart;
import nl.alliantie.lobby.drafting.LocalParts;
import nl.alliantie.lobby.letters.LetterDocuments;
import nl.alliantie.lobby.letters.LetterStore;
import nl.alliantie.lobby.letters.Letters;
import nl.alliantie.lobby.letters.Sending;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.PersonErased;
import nl.alliantie.network.PersonId;
import nl.alliantie.shared.events.EventsHeard;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AlliantieTest
class LobbyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LobbyFixtures fixtures;

	@Autowired
	SignalFixtures signals;

	@Autowired
	LocalParts parts;

	@Autowired
	Letters letters;

	@Autowired
	LetterDocuments documents;

	@Autowired
	LetterStore store;

	@Autowired
	Sending sending;

	@Autowired
	MailCatcher mails;

	@Autowired
	EventsHeard events;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLogins logins;

	@Autowired
	nl.alliantie.agendas.AgendaFixtures agendas;

	private org.springframework.test.web.servlet.request.RequestPostProcessor secretariat() {
		return logins.secretariat();
	}

	@Test
	void aLocalPartLinkReachesOnlyItsOwnMunicipalitysLetter() throws Exception {
		Campaign campaign = fixtures.campaign("De landelijke tekst.", "Verhoog de bijzondere bijstand");
		String tokenA = parts.offer(campaign, "Zutphen", "Groep Zutphen", "zutphen-" + SignalFixtures.word() + "@example.org", null, null);
		String tokenB = parts.offer(campaign, "Roermond", "Groep Roermond", "roermond-" + SignalFixtures.word() + "@example.org", null, null);
		LocalPart a = parts.of(campaign.id().value(), "Zutphen").orElseThrow();
		LocalPart b = parts.of(campaign.id().value(), "Roermond").orElseThrow();
		parts.save(a.id(), "In Zutphen wachten gezinnen weken op bijstand.", "", List.of(), List.of(), false, "Groep Zutphen", null);
		parts.save(b.id(), "In Roermond sluit het noodfonds.", "", List.of(), List.of(), false, "Groep Roermond", null);

		String letterA = mvc.perform(get("/lobby/meeschrijven/" + tokenA + "/brief"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(letterA).contains("gemeenteraad van Zutphen").contains("wachten gezinnen weken")
			.doesNotContain("Roermond");
		// the draft page of A neither shows nor accepts B's part
		mvc.perform(get("/lobby/meeschrijven/" + tokenA))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("noodfonds"))));
		mvc.perform(get("/lobby/meeschrijven/" + tokenB + "/brief"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sluit het noodfonds")));
		// a made-up or damaged link opens nothing
		mvc.perform(get("/lobby/meeschrijven/" + tokenA.substring(1) + "x/brief")).andExpect(status().isNotFound());
		mvc.perform(get("/lobby/meeschrijven/" + tokenA.substring(1) + "x")).andExpect(status().isNotFound());
		// saving through A's link changes A only
		mvc.perform(post("/lobby/meeschrijven/" + tokenA).with(csrf())
				.param("ervaringen", "Nieuwe tekst Zutphen").param("voorstellen", "").param("actie", "indienen"))
			.andExpect(status().is3xxRedirection());
		assertThat(parts.find(a.id()).orElseThrow().experiences()).isEqualTo("Nieuwe tekst Zutphen");
		assertThat(parts.find(a.id()).orElseThrow().status()).isEqualTo(LocalPart.Status.SUBMITTED);
		assertThat(parts.find(b.id()).orElseThrow().experiences()).isEqualTo("In Roermond sluit het noodfonds.");
		assertThat(parts.versions(a.id())).hasSize(2).first().extracting(LocalParts.Version::changedBy).isEqualTo("Groep Zutphen");
	}

	@Test
	void theLocalPartCitesStepsOfItsOwnMunicipalitysAgendaAndTheLetterShowsThem() throws Exception {
		Campaign campaign = fixtures.campaign("Landelijk.", "Voorstel een");
		var own = agendas.agenda(campaign.year());
		var other = agendas.agenda(campaign.year());
		String token = parts.offer(campaign, own.municipality(), "Groep", "ag-" + SignalFixtures.word() + "@example.org", null, null);
		LocalPart part = parts.of(campaign.id().value(), own.municipality()).orElseThrow();

		mvc.perform(get("/lobby/meeschrijven/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + own.step() + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("value=\"" + other.step() + "\""))));
		// a step of another municipality's agenda is refused beside the field, and the text stays
		mvc.perform(post("/lobby/meeschrijven/" + token).with(csrf())
				.param("ervaringen", "Onze ervaring met de folder.").param("stappen", Long.toString(other.step()))
				.param("actie", "indienen"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kies alleen stappen uit de lijst.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Onze ervaring met de folder.")));
		assertThat(parts.find(part.id()).orElseThrow().version()).isZero();

		mvc.perform(post("/lobby/meeschrijven/" + token).with(csrf())
				.param("ervaringen", "Onze ervaring met de folder.").param("stappen", Long.toString(own.step()))
				.param("actie", "indienen"))
			.andExpect(status().is3xxRedirection());
		part = parts.find(part.id()).orElseThrow();
		assertThat(part.stepIds()).containsExactly(own.step());
		assertThat(parts.versions(part.id()).get(0).stepIds()).containsExactly(own.step());
		// not approved yet: the letter has no local part and no step
		assertThat(documents.html(letters.of(campaign, own.municipality()).orElseThrow())).doesNotContain("Folder bij de huisartsen")
			.contains("Lokale sociale agenda " + campaign.year() + ": in concept; 0 van de 1 stappen behaald.");

		parts.approve(part.id(), part.version(), campaign.year(), id -> false);
		String html = documents.html(letters.of(campaign, own.municipality()).orElseThrow());
		assertThat(html).contains("Stappen uit onze lokale sociale agenda " + campaign.year())
			.contains("Folder bij de huisartsen")
			.contains("/sociale-agenda/");
		// a municipality without any agenda up to the campaign's year is told so
		String without = jdbc.sql("""
				select m.name from network_municipality m
				where not exists (select 1 from agendas_agenda a where a.municipality = m.name and a.year <= :year)
				order by m.name limit 1
				""").param("year", campaign.year()).query(String.class).single();
		assertThat(documents.html(letters.of(campaign, without).orElseThrow()))
			.contains("Uw gemeente heeft nog geen lokale sociale agenda.");
	}

	@Test
	void theLetterCarriesOnlyTheApprovedVersionAndCitingASignalPutsItInTheLobby() throws Exception {
		Campaign campaign = fixtures.campaign("Landelijk.", "Voorstel een");
		long signal = signals.published("Noodfonds dicht " + SignalFixtures.word(), "Het noodfonds sloot in maart.", "Midden-Drenthe");
		parts.offer(campaign, "Midden-Drenthe", "Groep", "md-" + SignalFixtures.word() + "@example.org", null, null);
		LocalPart part = parts.of(campaign.id().value(), "Midden-Drenthe").orElseThrow();
		parts.save(part.id(), "Goedgekeurde ervaring.", "* Lokaal voorstel", List.of(signal), List.of(), true, "Groep", null);
		parts.approve(part.id(), 1, campaign.year(), id -> true);
		parts.save(part.id(), "Latere ervaring zonder goedkeuring.", "", List.of(signal), List.of(), false, "Groep", null);

		var letter = letters.of(campaign, "Midden-Drenthe").orElseThrow();
		String html = documents.html(letter);
		assertThat(html).contains("Goedgekeurde ervaring.").doesNotContain("Latere ervaring");
		assertThat(html).contains("/signalen/" + signal);

		events.await();
		assertThat(signals.status(signal)).isEqualTo("IN_LOBBY");
		assertThat(jdbc.sql("select count(*) from signals_trail where signal_id = :id and kind = 'LOBBY' and lobby_id = :lobby")
			.param("id", signal).param("lobby", part.id()).query(Integer.class).single()).isEqualTo(1);
		// approving a later version citing the same signal does not put it in twice
		parts.approve(part.id(), 2, campaign.year(), id -> true);
		events.await();
		assertThat(jdbc.sql("select count(*) from signals_trail where signal_id = :id and kind = 'LOBBY'")
			.param("id", signal).query(Integer.class).single()).isEqualTo(1);
		// the trail links back to the letter
		mvc.perform(get("/lobby/stuk/" + part.id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
					"/lobby/" + campaign.year() + "/brief/Midden-Drenthe"));
	}

	@Test
	void thePdfHoldsTheMunicipalityItsLocalPartAndTheProposalsWithEmbeddedFonts() throws Exception {
		Campaign campaign = fixtures.campaign("Armoede is geen keuze.", "Schaf de tegenprestatie af", "Kwijtschelding voor iedereen");
		parts.offer(campaign, "Súdwest-Fryslân", "Groep", "swf-" + SignalFixtures.word() + "@example.org", null, null);
		LocalPart part = parts.of(campaign.id().value(), "Súdwest-Fryslân").orElseThrow();
		parts.save(part.id(), "Een moeder met drie kinderen krijgt € 40 per week.", "* Een noodfonds in elke kern", List.of(), List.of(), true, "Groep", null);
		parts.approve(part.id(), 1, campaign.year(), id -> true);

		byte[] pdf = mvc.perform(get("/beheer/lobby/" + campaign.id().value() + "/pdf/Súdwest-Fryslân").with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Súdwest-Fryslân").contains("Een moeder met drie kinderen krijgt € 40 per week.")
				.contains("Een noodfonds in elke kern").contains("Schaf de tegenprestatie af")
				.contains("Kwijtschelding voor iedereen").contains("Armoede is geen keuze.")
				.contains("RB" + campaign.year() + "-sudwest-fryslan").contains("Pagina 1 van");
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		}
	}

	@Test
	void aCampaignSentTwiceInParallelMailsEachGriffieOnce() throws Exception {
		Campaign campaign = fixtures.campaign("Tekst voor de raad.", "Voorstel");
		List<String> names = List.of("Assen", "Tilburg", "Heerlen");
		List<String> addresses = names.stream().map(fixtures::griffie).toList();
		CyclicBarrier together = new CyclicBarrier(2);
		Runnable start = () -> {
			try {
				together.await();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			sending.start(campaign, Instant.now().minusSeconds(1));
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(start), CompletableFuture.runAsync(start)).join();
		sending.start(campaign, Instant.now());

		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> store.progress(campaign.id().value()).finished());
		var progress = store.progress(campaign.id().value());
		assertThat(progress.total()).isEqualTo(342);
		for (int i = 0; i < names.size(); i++) {
			var mail = Mailboxes.waitFor(mails, addresses.get(i), 1).get(0);
			assertThat(mail.subject()).contains(names.get(i));
			var file = mail.file("raadsbrief-" + campaign.year() + "-" + names.get(i).toLowerCase() + ".pdf").orElseThrow();
			try (PDDocument document = Loader.loadPDF(file.content())) {
				assertThat(new PDFTextStripper().getText(document)).contains(names.get(i));
			}
			assertThat(jdbc.sql("select count(*) from mail_outbox where purpose = 'lobby-letter' and lower(recipient) = lower(:to)")
				.param("to", addresses.get(i)).query(Integer.class).single()).isEqualTo(1);
		}
		// the outbox holds one mail per griffie, and one arrived
		for (String address : addresses) {
			assertThat(mails.to(address)).hasSize(1);
		}
		assertThat(store.find(campaign.id().value(), "Assen").orElseThrow().state().name()).isEqualTo("QUEUED");
	}

	@Test
	void anUploadThatIsNotWhatItsNameSaysIsRefusedWithADutchSentence() throws Exception {
		Campaign campaign = fixtures.campaign("Tekst.", "Voorstel");
		sending.start(campaign, Instant.now().plusSeconds(3600 * 24 * 365));
		// a letter that went out: the row of a municipality without griffie address counts as sent by post
		String municipality = jdbc.sql("select municipality from lobby_letter where campaign_id = :c and state = 'NO_ADDRESS' limit 1")
			.param("c", campaign.id().value()).query(String.class).single();
		MockMultipartFile fake = new MockMultipartFile("document", "antwoord.pdf", "application/pdf",
				"<html><script>alert(1)</script></html>".getBytes());
		mvc.perform(multipart("/beheer/lobby/" + campaign.id().value() + "/gemeenten/" + municipality + "/reactie")
				.file(fake).param("reactie", "DISCUSSED").param("datum", "2020-01-01").param("notitie", "Besproken in de commissie")
				.with(csrf()).with(secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("of de naam past niet bij de inhoud")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Besproken in de commissie")));
		assertThat(store.find(campaign.id().value(), municipality).orElseThrow().response().name()).isEqualTo("SENT");

		// a Word file renamed to .pdf is refused too; the real thing is taken
		byte[] docx = docx();
		mvc.perform(multipart("/beheer/lobby/" + campaign.id().value() + "/gemeenten/" + municipality + "/reactie")
				.file(new MockMultipartFile("document", "antwoord.pdf", "application/pdf", docx))
				.param("reactie", "DISCUSSED").param("datum", "").param("notitie", "").with(csrf()).with(secretariat()))
			.andExpect(status().isBadRequest());
		mvc.perform(multipart("/beheer/lobby/" + campaign.id().value() + "/gemeenten/" + municipality + "/reactie")
				.file(new MockMultipartFile("document", "antwoord.docx", "application/octet-stream", docx))
				.param("reactie", "DISCUSSED").param("datum", "2020-01-01").param("notitie", "").with(csrf()).with(secretariat()))
			.andExpect(status().is3xxRedirection());
		var row = store.find(campaign.id().value(), municipality).orElseThrow();
		assertThat(row.response().name()).isEqualTo("DISCUSSED");
		assertThat(row.documentName()).isEqualTo("antwoord.docx");
		// a response with a date in the future or no choice is a sentence beside the field, never a 500
		mvc.perform(multipart("/beheer/lobby/" + campaign.id().value() + "/gemeenten/" + municipality + "/reactie")
				.param("reactie", "ONZIN").param("datum", "morgen").with(csrf()).with(secretariat()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kies wat de gemeenteraad met de brief deed.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vul een datum in, zoals 2026-06-12.")));
	}

	@Test
	void anErasedPersonIsNoLongerNamedAsHelper() {
		Campaign campaign = fixtures.campaign("Tekst.", "Voorstel");
		String email = "helper-" + SignalFixtures.word() + "@example.org";
		long person = jdbc.sql("insert into network_person (name, email) values ('Hanna Helper', :email) returning id")
			.param("email", email).query(Long.class).single();
		String token = parts.offer(campaign, "Oss", "Hanna Helper", email, "Groep Oss", person);
		var helper = parts.helperOf(token).orElseThrow();
		parts.save(helper.localPartId(), "Tekst van Hanna.", "", List.of(), List.of(), false, "Hanna Helper", helper.id());

		transactions.executeWithoutResult(tx -> publisher.publishEvent(new PersonErased(new PersonId(person))));
		events.await();

		var erased = parts.helpers(helper.localPartId()).stream().filter(h -> h.id() == helper.id()).findFirst().orElseThrow();
		assertThat(erased.name()).isEqualTo("verwijderd");
		assertThat(erased.email()).doesNotContain("helper-");
		assertThat(erased.organisation()).isNull();
		assertThat(parts.versions(helper.localPartId()).get(0).changedBy()).isEqualTo("verwijderd");
		assertThat(parts.versions(helper.localPartId()).get(0).experiences()).isEqualTo("Tekst van Hanna.");
	}

	@Test
	void griffieAddressesImportAllOrNothing() throws Exception {
		String good = "griffie-" + SignalFixtures.word() + "@zeist.example";
		mvc.perform(post("/beheer/gemeenten/import").with(csrf()).with(secretariat())
				.param("tekst", "gemeente;griffie\nZeist;" + good + "\nNergenshuizen;x@y.example\n"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is geen gemeente die wij kennen")));
		assertThat(fixturesGriffie("Zeist")).isNotEqualTo(good);
		mvc.perform(post("/beheer/gemeenten/import").with(csrf()).with(secretariat())
				.param("tekst", "gemeente;griffie\nZeist;" + good + "\n"))
			.andExpect(status().is3xxRedirection());
		assertThat(fixturesGriffie("Zeist")).isEqualTo(good);
		mvc.perform(post("/beheer/gemeenten/Zeist/griffie").with(csrf()).with(secretariat()).param("griffie", "geen adres"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vul een geldig e-mailadres in")));
		assertThat(fixturesGriffie("Zeist")).isEqualTo(good);
	}

	private String fixturesGriffie(String municipality) {
		return jdbc.sql("select griffie_email from network_municipality where name = :name").param("name", municipality)
			.query(String.class).optional().orElse(null);
	}

	private static byte[] docx() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes());
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
