package nl.alliantie.shared.db;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Counts the statements that a piece of work runs on this thread through the one
 * {@code JdbcTemplate} (every {@code JdbcClient} and Spring Data JDBC query): tests hold a page to
 * its fixed number of queries with it ({@code StatementCount.of(() -> mvc.perform(get("/")))}).
 * Counting costs one thread-local read per statement, and nothing while no one counts.
 */
public final class StatementCount {

	private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

	private StatementCount() {
	}

	/** What {@code work} returned and how many statements it ran on this thread. */
	public record Counted<T>(T result, int statements) {
	}

	public static <T> Counted<T> of(Supplier<T> work) {
		int @Nullable [] before = COUNTING.get();
		int[] count = new int[1];
		COUNTING.set(count);
		try {
			T result = work.get();
			return new Counted<>(result, count[0]);
		}
		finally {
			if (before == null) {
				COUNTING.remove();
			}
			else {
				before[0] += count[0];
				COUNTING.set(before);
			}
		}
	}

	static void counted() {
		int @Nullable [] count = COUNTING.get();
		if (count != null) {
			count[0]++;
		}
	}
}
