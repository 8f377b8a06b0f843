package nl.alliantie.lobby.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;
import nl.alliantie.shared.bench.BenchScale;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lobby's bench data makes the pages {@code bench/pages.txt} names (run twice, it adds nothing).
 * Made and read in one transaction that is rolled back, so that other tests never see the year 2030.
 */
@AlliantieTest
class LobbyBenchDataTest {

	@Autowired
	LobbyBenchData bench;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theBenchPagesOfTheLobbyExist() {
		transactions.executeWithoutResult(tx -> {
			try {
				bench.generate(BenchScale.NATIONAL);
				bench.generate(BenchScale.NATIONAL);
				long meeting = jdbc.sql("select id from lobby_meeting where held_on = date '2030-05-20' and published")
					.query(Long.class)
					.single();
				mvc.perform(get("/lobby/2030"))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Kamervoorstel 5")))
					.andExpect(content().string(containsString("/lobby/staatssecretaris/" + meeting)));
				mvc.perform(get("/lobby/2030/brief/Utrecht")).andExpect(status().isOk());
				mvc.perform(get("/lobby/staatssecretaris/" + meeting))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Motie of amendement aangenomen")))
					.andExpect(content().string(containsString("Toezegging 6")));
				mvc.perform(get("/lobby/staatssecretaris/" + meeting + ".pdf")).andExpect(status().isOk());
				// the past years fill the feed with what has come (2030 has not)
				mvc.perform(get("/lobby.atom"))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Raadsbrief 2025: Armoede is geen keuze")))
					.andExpect(content().string(containsString("/lobby/2024#kamer")))
					.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Raadsbrief 2030"))));
				mvc.perform(get("/lobby/2025")).andExpect(status().isOk())
					.andExpect(content().string(containsString("Kamervoorstel 5")));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			finally {
				tx.setRollbackOnly();
			}
		});
	}
}
