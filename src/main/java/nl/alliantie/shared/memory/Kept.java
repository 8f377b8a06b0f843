package nl.alliantie.shared.memory;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data held in memory (regions, themes): read once, read again after a change made
 * here, and at most {@code maxAge} old when another instance on the same database changed it.
 */
public final class Kept<T> {

	private record Loaded<T>(T value, long at) {
	}

	private final Supplier<T> load;

	private final long maxAgeNanos;

	private volatile @Nullable Loaded<T> current;

	public Kept(Duration maxAge, Supplier<T> load) {
		this.load = load;
		this.maxAgeNanos = maxAge.toNanos();
	}

	/**
	 * The value, read again when it is older than {@code maxAge}. When reading again fails (the
	 * database is unreachable), the value read last is kept and reading is tried again on the next
	 * call: reference data in menus and error pages must not turn an outage's 503 page into a failure.
	 */
	public T get() {
		Loaded<T> loaded = current;
		if (loaded == null || System.nanoTime() - loaded.at() > maxAgeNanos) {
			try {
				loaded = new Loaded<>(load.get(), System.nanoTime());
			}
			catch (RuntimeException unreachable) {
				if (loaded == null) {
					throw unreachable;
				}
				return loaded.value();
			}
			current = loaded;
		}
		return loaded.value();
	}

	/** Reads again once the current transaction commits (at once outside one), so a rolled-back change is never kept. */
	public void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					current = null;
				}
			});
		}
		else {
			current = null;
		}
	}
}
