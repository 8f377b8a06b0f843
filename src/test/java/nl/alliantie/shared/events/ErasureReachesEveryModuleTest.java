package nl.alliantie.shared.events;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.People;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A person of the register who was also invited to a consultation, registered for an Alliantiedag
 * and reported a signal erases their data through their link: every module hears
 * {@code network.PersonErased} and erases its own (the rows stay, so counts stay right), the
 * outbox and the postvak forget the address, and the event, which had to carry the address, leaves
 * the publication registry at the next round instead of staying there for days.
 */
@AlliantieTest
class ErasureReachesEveryModuleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	Invitations invitations;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	Registrations registrations;

	@Autowired
	SignalFixtures signals;

	@Autowired
	MailCatcher mails;

	@Autowired
	EventsHeard heard;

	@Autowired
	EventRedelivery redelivery;

	@Autowired
	JdbcClient jdbc;

	int rowsWith(String sql, String email) {
		return jdbc.sql(sql).param("email", email).query(Integer.class).single();
	}

	@Test
	void everyModuleErasesWhatItHoldsAndTheRegistryForgetsTheAddress() throws Exception {
		String email = ConsultationFixtures.unique("wis-mij");
		PersonId person = people.findOrCreate("Wilma Wisser", email, null, "test");
		long consultation = consultations.planned("oost", Duration.ofDays(20));
		invitations.invitePerson(consultation, "Wilma Wisser", email);
		var fixture = conferences.edition(40, 20);
		registrations.register(new Registrations.Request(fixture.dayId(), "Wilma Wisser", email, "Buurtgroep Oost",
				null, null, "rolstoel", ""));
		long signal = signals.signalBy("Wilma Wisser", email, "Minder bijzondere bijstand", "Verhaal", "Zwolle", true);
		Mailboxes.waitFor(mails, email, 2);

		mvc.perform(post("/mijn-gegevens").param("email", email).with(csrf())).andExpect(redirectedUrl("/mijn-gegevens"));
		Matcher link = Pattern.compile("/mijn-gegevens/[A-Za-z0-9_-]{43}")
			.matcher(Mailboxes.waitFor(mails, email, 3).stream()
				.filter(mail -> mail.text().contains("/mijn-gegevens/")).findFirst().orElseThrow().text());
		assertThat(link.find()).isTrue();
		mvc.perform(post(link.group() + "/wissen").param("zeker", "true").with(csrf()))
			.andExpect(redirectedUrl(link.group()));
		heard.await();

		assertThat(rowsWith("select count(*) from consultations_invitation where lower(email) = :email", email)).isZero();
		assertThat(jdbc.sql("select name from consultations_invitation where consultation_id = :c")
			.param("c", consultation).query(String.class).list()).containsExactly("Gewiste persoon");
		assertThat(rowsWith("select count(*) from conferences_registration where lower(email) = :email", email)).isZero();
		assertThat(jdbc.sql("select name || '|' || organisation || '|' || needs_access from conferences_registration where day_id = :d")
			.param("d", fixture.dayId()).query(String.class).list()).containsExactly("Gewiste persoon||");
		assertThat(rowsWith("select count(*) from signals_signal where lower(reporter_email) = :email", email)).isZero();
		assertThat(jdbc.sql("select coalesce(reporter_name, '') from signals_signal where id = :id").param("id", signal)
			.query(String.class).single()).isEmpty();
		assertThat(rowsWith("select count(*) from mail_outbox where lower(recipient) = :email", email)).isZero();
		assertThat(mails.to(email)).as("the postvak forgot the address").isEmpty();
		assertThat(people.find(person.value()).orElseThrow().erased()).isTrue();

		String inRegistry = "select count(*) from event_publication where serialized_event like '%' || :email || '%'";
		assertThat(rowsWith(inRegistry, email)).as("the event carried the address to the listeners").isPositive();
		int completedBefore = jdbc.sql("select count(*) from event_publication where completion_date is not null and event_type <> :type")
			.param("type", nl.alliantie.network.PersonErased.class.getName()).query(Integer.class).single();
		assertThat(redelivery.forgetHeard()).isPositive();
		assertThat(rowsWith(inRegistry, email)).as("heard, then forgotten").isZero();
		assertThat(jdbc.sql("select count(*) from event_publication where completion_date is not null and event_type <> :type")
			.param("type", nl.alliantie.network.PersonErased.class.getName()).query(Integer.class).single())
			.as("other events are kept as long as usual").isEqualTo(completedBefore);
	}
}
