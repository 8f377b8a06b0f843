package nl.alliantie.signals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.mail.catcher.MailCatcher;

import static nl.alliantie.signals.SignalFixtures.fromAddress;
import static nl.alliantie.signals.SignalFixtures.fromNewAddress;
import static nl.alliantie.signals.SignalFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public report form: no account, spam held off, input kept, a private follow link. */
@AlliantieTest
class ReportingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	MailCatcher mails;

	@Autowired
	nl.alliantie.network.NetworkFixtures network;

	@Autowired
	nl.alliantie.accounts.login.TestLogins logins;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aRepresentativeReportsForTheirOrganisationOnly() throws Exception {
		long own = network.organisation("Leeuwarden").value();
		long other = network.organisation("Venlo").value();
		var representative = logins.representative(own);
		mvc.perform(get("/signalen/melden").with(representative)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + own + "\"")));
		String title = unique("Namens");
		mvc.perform(fixtures.report(title, "Voor onze organisatie.", "melder", "ORGANISATIE", "organisatieId",
				Long.toString(other), "gemeente", "").with(representative).with(fromNewAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("namens een organisatie die u vertegenwoordigt")));
		mvc.perform(fixtures.report(title, "Voor onze organisatie.", "melder", "ORGANISATIE", "organisatieId",
				Long.toString(own), "gemeente", "").with(representative).with(fromNewAddress()))
			.andExpect(status().is3xxRedirection());
		var stored = jdbc.sql("select organisation_id, region_key from signals_signal where title = :title")
			.param("title", title).query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
		assertThat(stored[0]).isEqualTo(own);
		assertThat(stored[1]).as("region of the organisation when no municipality is given").isEqualTo("noord");
	}

	@Test
	void anonymousVisitorReportsAndFollowsTheSignalByTheMailedLink() throws Exception {
		mvc.perform(get("/signalen/melden")).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"stempel\"")));
		String title = unique("Voedselbank krijgt meer aanvragen");
		String address = unique("melder") + "@test.alliantie.local";
		MvcResult result = mvc.perform(fixtures.report(title, "Sinds de zomer komen er elke week nieuwe gezinnen.", "email", address).with(fromNewAddress()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/signalen/volgen/*?nieuw"))
			.andReturn();
		String followPath = result.getResponse().getRedirectedUrl();
		mvc.perform(get(followPath)).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Nieuw")));
		assertThat(nl.alliantie.mail.Mailboxes.waitFor(mails, address, 1)).hasSize(1);
		assertThat(mails.to(address).get(0).text()).contains(followPath.replace("?nieuw", ""));
		mvc.perform(get("/signalen/volgen/" + "x".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void theHoneypotKeepsNothing() throws Exception {
		String title = unique("Honing");
		mvc.perform(fixtures.report(title, "Koop nu goedkope horloges", "website", "http://spam.example")
				.with(fromNewAddress()))
			.andExpect(redirectedUrl("/signalen/melden/ontvangen"));
		assertThat(fixtures.countWithTitle(title)).isZero();
	}

	@Test
	void aFormSentWithinSecondsIsRefusedAndKeepsItsInput() throws Exception {
		String title = unique("Snel");
		String story = "Een lang verhaal over de bijzondere bijstand. ".repeat(40);
		String fresh = mvc.perform(get("/signalen/melden")).andReturn().getResponse().getContentAsString();
		String stamp = fresh.replaceAll("(?s).*name=\"stempel\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(fixtures.report(title, story, "stempel", stamp).with(fromNewAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dat ging erg snel")))
			.andExpect(content().string(containsString(story.strip())));
		mvc.perform(fixtures.report(title, story, "stempel", "123.forged").with(fromNewAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het formulier is verlopen")));
		assertThat(fixtures.countWithTitle(title)).isZero();
	}

	@Test
	void fiveReportsAnHourPerAddress() throws Exception {
		String address = "10.99." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		for (int i = 0; i < 5; i++) {
			mvc.perform(fixtures.report(unique("Limiet"), "Verhaal " + i).with(fromAddress(address)))
				.andExpect(status().is3xxRedirection());
		}
		String title = unique("Zesde");
		mvc.perform(fixtures.report(title, "Het zesde verhaal blijft staan.").with(fromAddress(address)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("het afgelopen uur al 5 signalen gemeld")))
			.andExpect(content().string(containsString("Het zesde verhaal blijft staan.")));
		assertThat(fixtures.countWithTitle(title)).isZero();
		mvc.perform(fixtures.report(title, "Van een ander adres gaat het wel.").with(fromNewAddress()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aHundredParallelReportsFromOneAddressPassTheLimitFiveTimes() throws Exception {
		String address = "10.98." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		String prefix = unique("Parallel");
		List<Integer> statuses = parallel(100, i -> mvc.perform(fixtures.report(prefix + " " + i, "Verhaal " + i)
			.with(fromAddress(address))).andReturn().getResponse().getStatus());
		assertThat(statuses.stream().filter(s -> s == 302).count()).isEqualTo(5);
		assertThat(statuses).allMatch(s -> s == 302 || s == 200);
		assertThat(jdbc.sql("select count(*) from signals_signal where title like :prefix")
			.param("prefix", prefix + " %")
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	@Test
	void aFormReplayedAHundredTimesIsOneReportWithOneLink() throws Exception {
		String title = unique("Herhaald");
		String key = UUID.randomUUID().toString();
		String address = "10.97." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		List<String> links = parallel(100, i -> mvc.perform(fixtures
			.report(title, "Honderd keer hetzelfde formulier.", "sleutel", key)
			.with(fromAddress(address)))
			.andReturn().getResponse().getRedirectedUrl());
		assertThat(links).doesNotContainNull().allMatch(link -> link.startsWith("/signalen/volgen/"));
		assertThat(new java.util.HashSet<>(links)).hasSize(1);
		assertThat(fixtures.countWithTitle(title)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from accounts_link_token t join signals_signal s on t.subject = s.id::text
				where t.purpose = 'signals.follow' and s.title = :title
				""").param("title", title).query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get(links.get(0))).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
	}

	@Test
	void namesAndOrganisationsHaveALengthLimitByTheirField() throws Exception {
		String title = unique("Lang");
		mvc.perform(fixtures.report(title, "Een verhaal.", "melder", "PERSOON", "naam", "n".repeat(100_000))
			.with(fromNewAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"naam-error\">De naam is te lang. Gebruik hoogstens 200 tekens.")));
		mvc.perform(fixtures.report(title, "Een verhaal.", "melder", "ORGANISATIE", "organisatie", "o".repeat(100_000))
			.with(fromNewAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"organisatie-error\">De naam van de organisatie is te lang.")));
		assertThat(fixtures.countWithTitle(title)).isZero();
	}

	interface Attempt<T> {

		T run(int i) throws Exception;
	}

	private static <T> List<T> parallel(int times, Attempt<T> attempt) throws Exception {
		// ten at a time: the connection pool holds 12, more would wait for a connection instead of the lock
		var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < times; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					start.await();
					return attempt.run(n);
				}));
			}
			start.countDown();
			List<T> results = new java.util.ArrayList<>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aDoubleSubmitStoresOneSignal() throws Exception {
		String title = unique("Dubbel");
		String key = UUID.randomUUID().toString();
		mvc.perform(fixtures.report(title, "Twee keer op de knop gedrukt.", "sleutel", key).with(fromNewAddress()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(fixtures.report(title, "Twee keer op de knop gedrukt.", "sleutel", key).with(fromNewAddress()))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.countWithTitle(title)).isEqualTo(1);
	}

	@Test
	void everyMistakeGetsASentenceNextToItsField() throws Exception {
		String story = "x".repeat(5001);
		mvc.perform(fixtures.report("", story, "gemeente", "Atlantis", "gezien", "2999-01-01",
				"email", "geen-adres", "melder", "ORGANISATIE").with(fromNewAddress()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf in een paar woorden")))
			.andExpect(content().string(containsString("Uw verhaal is te lang: 5.001 tekens")))
			.andExpect(content().string(containsString("Atlantis")))
			.andExpect(content().string(containsString("De datum ligt in de toekomst")))
			.andExpect(content().string(containsString("Dit e-mailadres klopt niet")))
			.andExpect(content().string(containsString("Vul de naam van uw organisatie in")))
			.andExpect(content().string(containsString(story)))
			.andExpect(content().string(not(containsString("Dat ging erg snel"))));
	}
}
