package nl.alliantie.network;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.network.organisations.OrganisationDetails;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.network.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CSV in and out: preview first, all rows or none, duplicates shown, Excel-safe export. */
@AlliantieTest
class ImportExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	NetworkFixtures fixtures;

	static final String HEADER = "naam;soort;gemeente;adres;postcode;website;email;telefoon;status;lid sinds;wat wij doen;thema's\r\n";

	String upload(String kind, String csv) throws Exception {
		MockMultipartFile file = new MockMultipartFile("bestand", "lijst.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(multipart("/beheer/import").file(file).param("soort", kind).with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
	}

	int count(String prefix) {
		return jdbc.sql("select count(*) from network_organisation where name like :p").param("p", prefix + "%")
			.query(Integer.class).single();
	}

	void awaitDone(String location) {
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> !mvc
			.perform(get(location + "/voortgang").with(logins.secretariat()))
			.andReturn().getResponse().getContentAsString().contains("hx-trigger"));
	}

	@Test
	void aFileWithBadRowsShowsEachErrorAndImportsNothing() throws Exception {
		String prefix = NetworkFixtures.unique("Import");
		String csv = "\uFEFF" + HEADER
				+ prefix + " goed;Voedselbank;Assen;;;;;;;;;\r\n"
				+ prefix + " fout;Onbekende soort;Atlantis;;12;;geen-adres;;misschien;gisteren;;\r\n"
				+ ";Vakbond;Assen;;;;;;;;;\r\n"
				+ prefix + " goed;voedselbank;assen;;;;;;;;;\r\n";
		String location = upload("organisaties", csv);
		mvc.perform(get(location).with(logins.secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Regel 3: De soort \"Onbekende soort\" kennen wij niet")))
			.andExpect(content().string(containsString("de gemeente \"Atlantis\" kennen wij niet")))
			.andExpect(content().string(containsString("het e-mailadres \"geen-adres\" klopt niet")))
			.andExpect(content().string(containsString("Regel 4: De naam ontbreekt.")))
			.andExpect(content().string(containsString("Regel 5: Deze organisatie staat al eerder in het bestand")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("bevestigen"))));
		mvc.perform(post(location + "/bevestigen").with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl(location + "?gewijzigd"));
		assertThat(count(prefix)).isZero();
	}

	@Test
	void aFileSavedAsUnicodeTextIsReadAndExtraColumnsAreNamed() throws Exception {
		String prefix = NetworkFixtures.unique("Utf16");
		String csv = HEADER.replace("\r\n", ";opmerking;Kleur\r\n") + prefix + " één;voedselbank;Assen;;;;;;;;;;niets;rood\r\n";
		byte[] utf16 = new byte[2 + csv.length() * 2];
		utf16[0] = (byte) 0xFF;
		utf16[1] = (byte) 0xFE;
		System.arraycopy(csv.getBytes(StandardCharsets.UTF_16LE), 0, utf16, 2, csv.length() * 2);
		String location = mvc.perform(multipart("/beheer/import")
			.file(new MockMultipartFile("bestand", "unicode.csv", "text/csv", utf16))
			.param("soort", "organisaties")
			.with(logins.secretariat())
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(logins.secretariat()))
			.andExpect(content().string(containsString("1 kunnen erin")))
			.andExpect(content().string(containsString("Deze kolommen kennen wij niet; wij slaan ze over: opmerking, Kleur.")));
		mvc.perform(post(location + "/bevestigen").with(logins.secretariat()).with(csrf()));
		awaitDone(location);
		assertThat(jdbc.sql("select count(*) from network_organisation where name = :n").param("n", prefix + " één")
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aFileThatIsNoUtf8TextOrHasAnOpenQuoteIsRefusedWithItsLine() throws Exception {
		byte[] latin1 = (HEADER + "Groep;voedselbank;Assen\r\nCafé;voedselbank;Assen\r\n").getBytes(StandardCharsets.ISO_8859_1);
		byte[] binary = new byte[2048];
		new java.util.Random(18).nextBytes(binary);
		byte[] quote = (HEADER + "Groep;voedselbank;Assen\r\n\"Open;voedselbank;Assen\r\nNog een;vakbond;Delft\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] nul = (HEADER + "Gr\u0000oep;voedselbank;Assen\r\n").getBytes(StandardCharsets.UTF_8);
		Map<byte[], String> expected = new java.util.LinkedHashMap<>();
		expected.put(latin1, "Regel 3 bevat tekens die wij niet kunnen lezen.");
		expected.put(binary, "Dit bestand is geen CSV-bestand (tekst).");
		expected.put(quote, "Op regel 3 begint een cel met een aanhalingsteken");
		expected.put(nul, "Dit bestand is geen CSV-bestand (tekst).");
		for (var entry : expected.entrySet()) {
			mvc.perform(multipart("/beheer/import").file(new MockMultipartFile("bestand", "x.csv", "text/csv", entry.getKey()))
				.param("soort", "organisaties")
				.with(logins.secretariat())
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(entry.getValue())));
		}
	}

	@Test
	void aGoodFileIsPreviewedWithDuplicatesThenImportedWhole() throws Exception {
		String prefix = NetworkFixtures.unique("Import");
		organisations.register(new OrganisationDetails(prefix + " bestaand", "vakbond", "Delft", null, null, null, null,
				null, null, null, OrganisationStatus.AANGESLOTEN, null, List.of()));
		StringBuilder csv = new StringBuilder(HEADER);
		csv.append(prefix).append(" bestaand;vakbond;Delft;;;;;;;;;\r\n");
		for (int i = 1; i <= 300; i++) {
			csv.append(prefix).append(" nr ").append(i).append(";Kerk / diaconie;'s-Gravenhage;Kerkstraat ").append(i)
				.append(";2511 AB;www.kerk").append(i).append(".nl;info").append(i).append("@kerk.nl;070 1234567;uitgenodigd;2020-01-01;\"Eten; en koffie\";schulden, werk\r\n");
		}
		String location = upload("organisaties", csv.toString());
		mvc.perform(get(location).with(logins.secretariat()))
			.andExpect(content().string(containsString("300 kunnen erin, 1 staan er al in")))
			.andExpect(content().string(containsString("staat al in het netwerk")));
		assertThat(count(prefix)).isEqualTo(1);
		mvc.perform(post(location + "/bevestigen").with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl(location));
		mvc.perform(get(location).with(logins.secretariat())).andExpect(status().isOk())
			.andExpect(content().string(containsString("<progress")));
		awaitDone(location);
		mvc.perform(get(location).with(logins.secretariat()))
			.andExpect(content().string(containsString("300 regels ingevoerd, 1 overgeslagen")));
		assertThat(count(prefix)).isEqualTo(301);
		assertThat(jdbc.sql("select activities from network_organisation where name = :n").param("n", prefix + " nr 7")
			.query(String.class).single()).isEqualTo("Eten; en koffie");
	}

	@Test
	void peopleAreImportedWithRolesAndTheRuleOfTwoIsChecked() throws Exception {
		OrganisationId organisation = fixtures.organisation("Emmen");
		String name = jdbc.sql("select name from network_organisation where id = :id").param("id", organisation.value())
			.query(String.class).single();
		String a = NetworkFixtures.unique("a") + "@test.alliantie.local";
		String b = NetworkFixtures.unique("b") + "@test.alliantie.local";
		String c = NetworkFixtures.unique("c") + "@test.alliantie.local";
		String header = "naam;email;telefoon;rol;organisatie;gemeente\n";
		String tooMany = header + "A;" + a + ";;vertegenwoordiger;" + name + ";Emmen\n" + "B;" + b
				+ ";;vertegenwoordiger;" + name + ";Emmen\n" + "C;" + c + ";;vertegenwoordiger;" + name + ";Emmen\n";
		mvc.perform(get(upload("personen", tooMany)).with(logins.secretariat()))
			.andExpect(content().string(containsString("Regel 4: De organisatie")))
			.andExpect(content().string(containsString("hoogstens twee")));

		String good = header + "A;" + a + ";;vertegenwoordiger;" + name + ";Emmen\n" + "C;" + c + ";;contactpersoon;" + name
				+ ";Emmen\n";
		String location = upload("personen", good);
		mvc.perform(post(location + "/bevestigen").with(logins.secretariat()).with(csrf()));
		awaitDone(location);
		assertThat(jdbc.sql("select count(*) from network_representative where organisation_id = :id")
			.param("id", organisation.value()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from network_person_role r join network_person p on p.id = r.person_id where p.email = :c")
			.param("c", c).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void everyExportGivesItsConnectionBack(
			@org.springframework.beans.factory.annotation.Value("${spring.datasource.hikari.maximum-pool-size}") int pool)
			throws Exception {
		// more exports than the pool has connections: one that kept its connection would starve the next
		for (int i = 0; i <= pool; i++) {
			mvc.perform(get("/organisaties.csv")).andExpect(status().isOk());
		}
	}

	@Test
	void theExportOpensCleanlyInDutchExcelAndNeutralisesFormulas() throws Exception {
		String type = fixtures.uniqueType();
		organisations.register(new OrganisationDetails("=HYPERLINK(\"http://kwaad.example\";\"klik\")", type, "Utrecht",
				null, null, null, null, null, null, "+31 bellen; \"gratis\"\nook op zondag", OrganisationStatus.AANGESLOTEN,
				null, List.of("@thema", "-min")));
		byte[] body = mvc.perform(get("/organisaties.csv").param("type", type))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("organisaties.csv")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(body[0]).isEqualTo((byte) 0xEF);
		assertThat(body[1]).isEqualTo((byte) 0xBB);
		assertThat(body[2]).isEqualTo((byte) 0xBF);
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		assertThat(text).startsWith("id;naam;type;gemeente;");
		assertThat(text.split("\r\n")[0]).doesNotContain("\n");
		assertThat(text).contains(";\"'=HYPERLINK(\"\"http://kwaad.example\"\";\"\"klik\"\")\";");
		assertThat(text).contains("\"'+31 bellen; \"\"gratis\"\"\nook op zondag\"");
		assertThat(text).contains(";\"'@thema, -min\"\r\n");
		// the status as a word, as a person reads it (and the import reads it back) (issue 20, item 10)
		assertThat(text).contains(";Aangesloten;").doesNotContain("AANGESLOTEN");
		assertThat(text).endsWith("\r\n");
		assertThat(Csv.cell("-1")).isEqualTo("'-1");
		assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
		assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
		assertThat(Csv.cell("gewoon")).isEqualTo("gewoon");
		// what we export reads back the same
		List<List<String>> rows = Csv.parse(new String(body, StandardCharsets.UTF_8));
		assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://kwaad.example\";\"klik\")");
	}

	@Test
	void importIsForTheSecretariatOnly() throws Exception {
		MockMultipartFile file = new MockMultipartFile("bestand", "x.csv", "text/csv", "naam\n".getBytes());
		for (var login : List.of(logins.coordinator("west"), logins.representative(1))) {
			mvc.perform(get("/beheer/import").with(login)).andExpect(status().isForbidden());
			mvc.perform(multipart("/beheer/import").file(file).param("soort", "organisaties").with(login).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/beheer/import/1").with(login)).andExpect(status().isForbidden());
			mvc.perform(get("/beheer/import/1/voortgang").with(login)).andExpect(status().isForbidden());
			mvc.perform(post("/beheer/import/1/bevestigen").with(login).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/beheer/import")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/beheer/import").with(logins.secretariat())).andExpect(status().isOk());
	}
}
