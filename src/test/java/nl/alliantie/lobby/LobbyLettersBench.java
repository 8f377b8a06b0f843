package nl.alliantie.lobby;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.letters.LetterStore;
import nl.alliantie.lobby.letters.Sending;
import nl.alliantie.mail.ScriptedSmtpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council letter bench, run by {@code bench/lobby-letters.sh} (not part of {@code mvnw verify}):
 * on the bench data of {@code bench.scale} (default {@code national10}, made at start and not
 * timed), a campaign of five proposals to all 342 municipalities, each with a griffie address and
 * one in five with an approved local part. Times {@link Sending#start} (one letter row per
 * municipality: "queueing all letters", target ≤ 5 s), the two cores making every PDF and queueing
 * its mail with the PDF attached (target ≤ 60 s), and the outbox delivering them all to a local SMTP
 * sink on a free port. Production settings otherwise.
 */
@SpringBootTest(properties = { "alliantie.demo-data=false", "alliantie.admin.email=bench@alliantie.local",
		"alliantie.admin.password=bench-wachtwoord", "logging.level.root=warn" })
class LobbyLettersBench {

	static ScriptedSmtpServer sink;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws java.io.IOException {
		sink = new ScriptedSmtpServer(address -> "250 OK");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> sink.port());
		registry.add("alliantie.data-dir", () -> "target/bench-data/" + UUID.randomUUID());
		registry.add("alliantie.bench.scale", () -> System.getProperty("bench.scale", "national10"));
	}

	@Autowired
	Campaigns campaigns;

	@Autowired
	Sending sending;

	@Autowired
	LetterStore letters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCampaignToEveryCouncil() throws Exception {
		int year = 2099;
		var id = campaigns.create(year, "Armoede is geen keuze: vijf voorstellen voor uw begroting",
				"Steeds meer mensen in uw gemeente komen niet rond.\n\n".repeat(6), LocalDate.of(year, 4, 15));
		Campaign campaign = campaigns.find(id.value()).orElseThrow();
		for (int n = 1; n <= 5; n++) {
			campaigns.saveProposal(campaign, null, n, "Voorstel " + n + ": een concrete stap tegen armoede",
					"Een toelichting bij voorstel " + n + ", met wat het kost en wat het oplevert. ".repeat(4), java.util.List.of());
		}
		jdbc.sql("""
				update network_municipality m set griffie_email = 'griffie@' || n.i || '.bench.example'
				from (select name, row_number() over (order by name) i from network_municipality) n where n.name = m.name
				""").update();
		jdbc.sql("""
				insert into lobby_local_part (campaign_id, municipality, experiences, proposals, status, version,
				       approved_version, approved_experiences, approved_proposals, approved_at)
				select :campaign, m.name, 'x', 'x', 'APPROVED', 1, 1,
				       repeat('Gezinnen in ' || m.name || ' wachten weken op bijzondere bijstand. ', 12),
				       '* Beslis binnen twee weken\n* Maak de stadspas gratis', now()
				from (select name, row_number() over (order by name) i from network_municipality) m where m.i % 5 = 0
				""").param("campaign", id.value()).update();
		int municipalities = jdbc.sql("select count(*) from network_municipality").query(Integer.class).single();

		long start = System.nanoTime();
		int added = sending.start(campaign, java.time.Instant.now().minusSeconds(1));
		long queued = System.nanoTime();
		Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200))
			.until(() -> letters.progress(id.value()).finished());
		long made = System.nanoTime();
		Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(500))
			.until(() -> sink.acceptedCount() >= municipalities);
		long delivered = System.nanoTime();

		String result = String.format(java.util.Locale.ROOT,
				"lobby bench (%s): %d letters queued in %.2f s (target <= 5 s); every PDF made and its mail queued in %.1f s "
						+ "(target <= 60 s); all delivered to the SMTP sink %.1f s later%n",
				System.getProperty("bench.scale", "national10"), added, (queued - start) / 1e9, (made - queued) / 1e9,
				(delivered - made) / 1e9);
		System.out.print(result);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/lobby-letters.txt"), result);
		assertThat(added).isEqualTo(municipalities);
		assertThat(letters.progress(id.value()).queued()).isEqualTo(municipalities);
	}

	@AfterAll
	static void stopSink() throws java.io.IOException {
		if (sink != null) {
			sink.close();
		}
	}
}
