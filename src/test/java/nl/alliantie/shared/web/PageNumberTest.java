package nl.alliantie.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A page number far beyond any list (or beyond an int) gives that list's page, never a 500. */
@AlliantieTest
class PageNumberTest {

	static final String[] EXTREME = { "2147483647", "1001", "0", "-2147483648" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void thePageIsKeptBetweenOneAndTheLast() {
		assertThat(PageNumber.of(Integer.MAX_VALUE)).isEqualTo(PageNumber.MAX);
		assertThat(PageNumber.of(Integer.MIN_VALUE)).isEqualTo(1);
		assertThat(PageNumber.of(7)).isEqualTo(7);
	}

	@Test
	void publicListsAnswerAnExtremePage() throws Exception {
		for (String path : new String[] { "/gemeenten/Assen", "/regio/noord", "/regio-overleggen" }) {
			for (String page : EXTREME) {
				mvc.perform(get(path).param("pagina", page)).andExpect(status().isOk());
			}
		}
	}

	@Test
	void theSecretariatsListsAnswerAnExtremePage() throws Exception {
		var secretariat = logins.secretariat();
		for (String path : new String[] { "/beheer/regio-overleggen", "/beheer/oproepen", "/beheer/postvak/uitgaand",
				"/beheer/sociale-agendas", "/beheer/personen" }) {
			for (String page : EXTREME) {
				mvc.perform(get(path).param("pagina", page).with(secretariat)).andExpect(status().isOk());
			}
		}
	}
}
