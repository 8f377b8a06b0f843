package nl.alliantie.agendas;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.agendas.parties.PartyLinks;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 9: a party's link and its December reminder go in the language the register
 * keeps for the contact's address (English for an English reader), Dutch when it knows none.
 */
@AlliantieTest
class PartyMailLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AgendaFixtures fixtures;

	@Autowired
	AgendaStore store;

	@Autowired
	PartyLinks links;

	@Autowired
	People people;

	@Autowired
	MailCatcher mails;

	@Test
	void theLinkAndTheReminderFollowTheContactsLanguage() throws Exception {
		int year = LocalDate.now().getYear() - 3;
		var made = fixtures.agenda(year);
		store.adopt(made.id());
		AgendaView agenda = store.find(made.id()).orElseThrow();
		String english = agenda.party(made.memberParty()).orElseThrow().contactEmail();
		String dutch = agenda.party(made.otherParty()).orElseThrow().contactEmail();
		PersonId reader = people.findOrCreate("Ann Smith", english, null, "test");
		people.setLanguage(reader, "en", "test");

		for (long party : new long[] { made.memberParty(), made.otherParty() }) {
			mvc.perform(post("/beheer/sociale-agendas/" + made.id() + "/partijen/" + party + "/link")
					.with(logins.secretariat()).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		var link = Mailboxes.waitFor(mails, english, 1).get(0);
		assertThat(link.subject()).isEqualTo("Your steps for " + year);
		assertThat(link.text()).doesNotContain("Beste").doesNotContain("{");
		assertThat(Mailboxes.waitFor(mails, dutch, 1).get(0).subject()).isEqualTo("Uw stappen voor " + year);

		links.remind(LocalDate.of(year, 12, 1), 500);
		assertThat(Mailboxes.waitFor(mails, english, 2).get(1).subject())
			.isEqualTo("Reminder: how are your steps for " + year + " going?");
	}
}
