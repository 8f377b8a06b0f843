package nl.alliantie.shared.memory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reference data survives an outage: the value read last stays while reading again fails. */
class KeptTest {

	@Test
	void theLastValueStaysWhileTheDatabaseIsUnreachableAndIsReadAgainOnceItIsBack() {
		AtomicInteger reads = new AtomicInteger();
		boolean[] down = { false };
		Kept<String> kept = new Kept<>(Duration.ZERO, () -> {
			if (down[0]) {
				throw new DataAccessResourceFailureException("database weg");
			}
			return "versie " + reads.incrementAndGet();
		});
		assertThat(kept.get()).isEqualTo("versie 1");
		down[0] = true;
		assertThat(kept.get()).isEqualTo("versie 1");
		assertThat(kept.get()).isEqualTo("versie 1");
		down[0] = false;
		assertThat(kept.get()).isEqualTo("versie 2");
	}

	@Test
	void nothingReadYetAndTheDatabaseUnreachableIsAFailure() {
		Kept<String> kept = new Kept<>(Duration.ZERO, () -> {
			throw new DataAccessResourceFailureException("database weg");
		});
		assertThatThrownBy(kept::get).isInstanceOf(DataAccessResourceFailureException.class);
	}
}
