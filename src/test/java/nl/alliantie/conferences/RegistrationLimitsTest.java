package nl.alliantie.conferences;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.registrations.RegistrationRefused;
import nl.alliantie.conferences.registrations.Registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18 item 8: a script cannot fill a day and mail strangers. Registrations are limited per
 * network address (IPv6 by its /64) and per e-mail address each hour, counted in one statement.
 */
@AlliantieTest
class RegistrationLimitsTest {

	/** The default of {@code alliantie.conferences.registrations-per-network}. */
	private static final int PER_NETWORK = 20;

	/** The default of {@code alliantie.conferences.registrations-per-address}. */
	private static final int PER_ADDRESS = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoHundredInventedAddressesFromOneNetworkTakeNoMoreThanTheLimit() throws Exception {
		var fixture = fixtures.edition(150, 30);
		String run = UUID.randomUUID().toString().substring(0, 8);
		// one /64, every post from another address within it (as a script on one connection can)
		String prefix = String.format("2001:db8:%x:%x:", ThreadLocalRandom.current().nextInt(0xffff),
				ThreadLocalRandom.current().nextInt(0xffff));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> posts = new ArrayList<>();
		// sixteen at a time, as many as a server's request threads let through at once; more would
		// wait for a database connection longer than the 3 s after which the site answers 503
		try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
			for (int i = 0; i < 200; i++) {
				int n = i;
				posts.add(pool.submit(() -> {
					start.await();
					String address = prefix + Integer.toHexString(n + 1) + ":0:0:1";
					return mvc.perform(form(fixture, "Script " + n, "script" + n + "-" + run + "@test.alliantie.local")
							.with(request -> {
								request.setRemoteAddr(address);
								return request;
							}))
						.andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
		}
		long registered = posts.stream().filter(post -> responseOf(post) == 302).count();
		long refused = posts.stream().filter(post -> responseOf(post) == 200).count();
		assertThat(registered).isEqualTo(PER_NETWORK);
		assertThat(refused).isEqualTo(200 - PER_NETWORK);
		assertThat(count("select count(*) from conferences_registration where day_id = :day", fixture.dayId())).isEqualTo(PER_NETWORK);
		assertThat(count("select taken from conferences_day where id = :day", fixture.dayId())).isEqualTo(PER_NETWORK);
		// no more mails queued to invented addresses than registrations let through
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like :pattern")
			.param("pattern", "script%-" + run + "@test.alliantie.local")
			.query(Integer.class)
			.single()).isEqualTo(PER_NETWORK);

		// the next one from that network is told why, beside nothing it typed wrong, and keeps its input
		mvc.perform(form(fixture, "Truus de Vries", "truus-" + run + "@test.alliantie.local").with(request -> {
			request.setRemoteAddr(prefix + "ffff:0:0:1");
			return request;
		}))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vanaf uw internetverbinding zijn dit uur al te veel aanmeldingen gedaan")))
			.andExpect(content().string(containsString("value=\"Truus de Vries\"")));
		// another network is not hindered
		mvc.perform(form(fixture, "Truus de Vries", "truus-" + run + "@test.alliantie.local").with(ConferenceFixtures.ownNetwork()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void oneAddressTriesAtMostFiveRegistrationsAnHourFromAnyNetwork() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String email = "veel-" + run + "@test.alliantie.local";
		var first = fixtures.edition(50, 10);
		mvc.perform(form(first, "Veel", email).with(ConferenceFixtures.ownNetwork())).andExpect(status().is3xxRedirection());
		// a second try for the same day is refused, and counts as a try (as at the login)
		mvc.perform(form(first, "Veel", email).with(ConferenceFixtures.ownNetwork()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("al aangemeld voor deze dag")));
		for (int i = 2; i < PER_ADDRESS; i++) {
			var other = fixtures.edition(50, 10);
			mvc.perform(form(other, "Veel", email).with(ConferenceFixtures.ownNetwork())).andExpect(status().is3xxRedirection());
		}
		var sixth = fixtures.edition(50, 10);
		mvc.perform(form(sixth, "Veel", email.toUpperCase()).with(ConferenceFixtures.ownNetwork()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("Met dit e-mailadres zijn dit uur al te veel aanmeldingen gedaan")))
			.andExpect(content().string(containsString("value=\"Veel\"")));
		// the limit is the service's, not only the form's
		assertThatThrownBy(() -> registrations.register(new Registrations.Request(sixth.dayId(), "Veel", email, "", null,
				null, "", "")))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.TOO_MANY_FROM_ADDRESS));
		assertThat(count("select count(*) from conferences_registration where day_id = :day", sixth.dayId())).isZero();
		assertThat(jdbc.sql("select count(*) from conferences_registration where lower(email) = :email")
			.param("email", email)
			.query(Integer.class)
			.single()).isEqualTo(PER_ADDRESS - 1);
	}

	private static MockHttpServletRequestBuilder form(ConferenceFixtures.Fixture fixture, String name, String email) {
		return post(fixture.editionPath() + "/aanmelden").with(csrf())
			.param("dag", String.valueOf(fixture.dayId()))
			.param("naam", name)
			.param("email", email)
			.param("werkgroep1", String.valueOf(fixture.workshops().get(0)))
			.param("toestemming", "true");
	}

	private static int responseOf(Future<Integer> post) {
		try {
			return post.get();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private int count(String sql, long dayId) {
		return jdbc.sql(sql).param("day", dayId).query(Integer.class).single();
	}
}
