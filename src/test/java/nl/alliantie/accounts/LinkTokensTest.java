package nl.alliantie.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;

import static org.assertj.core.api.Assertions.assertThat;

@AlliantieTest
class LinkTokensTest {

	@Autowired
	LinkTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheHashIsStored() {
		String token = tokens.issueOneTime("test", "subject-1", Duration.ofMinutes(5));
		assertThat(token).hasSize(43);
		Integer plain = jdbc.sql("select count(*) from accounts_link_token where encode(token_hash, 'escape') like :t")
			.param("t", "%" + token + "%")
			.query(Integer.class)
			.single();
		assertThat(plain).isZero();
		assertThat(tokens.find(token)).map(LinkTokens.Link::subject).contains("subject-1");
	}

	@Test
	void aOneTimeTokenWorksOnceEvenUnderConcurrentUse() throws Exception {
		String token = tokens.issueOneTime("test", "subject-2", Duration.ofMinutes(5));
		List<Callable<Optional<String>>> uses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			uses.add(() -> tokens.consume("test", token));
		}
		int winners = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
			for (Future<Optional<String>> use : pool.invokeAll(uses)) {
				winners += use.get().isPresent() ? 1 : 0;
			}
		}
		assertThat(winners).isEqualTo(1);
		assertThat(tokens.find(token)).isEmpty();
	}

	@Test
	void aTokenWorksOnlyForItsPurposeAndUntilItExpires() {
		String token = tokens.issueOneTime("test", "subject-3", Duration.ofMinutes(5));
		assertThat(tokens.consume("other", token)).isEmpty();
		jdbc.sql("update accounts_link_token set expires_at = now() - interval '1 second' where subject = 'subject-3'").update();
		assertThat(tokens.find(token)).isEmpty();
		assertThat(tokens.consume("test", token)).isEmpty();
	}

	@Test
	void aReusableTokenCanBeFoundManyTimesButNotConsumed() {
		String token = tokens.issueReusable("reply", "subject-4", Duration.ofDays(30));
		assertThat(tokens.find(token)).isPresent();
		assertThat(tokens.find(token)).isPresent();
		assertThat(tokens.consume("reply", token)).isEmpty();
		assertThat(tokens.find(token)).map(LinkTokens.Link::purpose).contains("reply");
	}

	@Test
	void malformedTokensAreRejectedWithoutAQuery() {
		assertThat(tokens.find(null)).isEmpty();
		assertThat(tokens.find("'; drop table accounts_account; --")).isEmpty();
		assertThat(tokens.find("x".repeat(43) + "\u00e9")).isEmpty();
	}
}
