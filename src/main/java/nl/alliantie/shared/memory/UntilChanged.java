package nl.alliantie.shared.memory;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import nl.alliantie.shared.db.DatabaseNotifications;

/**
 * Values worked out from the database (a year's figures, a chart, the data of a public page), kept
 * in memory until a table they are read from changes (docs/adr/0037): the tables' statement
 * triggers notify a channel after each commit ({@code shared_notify_changed}), PostgreSQL tells every
 * instance, and every value kept here is dropped. Built once per change, however many rows the
 * figures count and however many visitors ask.
 * <p>
 * A value read while a change came in is not kept (it may predate the change); nothing is kept while
 * no connection listens (a change could go unheard), and a kept value is read again after five
 * minutes even without a notification. {@code keep = false} (behind a pooler in transaction mode,
 * where notifications do not arrive, and in the tests that read their own writes at once) reads every
 * time. At most {@code maxEntries} keys; the loader must not return {@code null}.
 */
public final class UntilChanged<K, V> {

	static final long MAX_AGE_NANOS = Duration.ofMinutes(5).toNanos();

	private record Held<V>(V value, long generation, long at) {
	}

	private final DatabaseNotifications notifications;

	private final Function<K, V> load;

	private final int maxEntries;

	private final boolean keep;

	private final Map<K, Held<V>> values = new ConcurrentHashMap<>();

	/** Goes up with every change heard; a value is kept only in the generation it was read in. */
	private final AtomicLong generation = new AtomicLong();

	public UntilChanged(DatabaseNotifications notifications, Collection<String> channels, int maxEntries, boolean keep,
			Function<K, V> load) {
		if (keep && channels.isEmpty()) {
			throw new IllegalArgumentException("A kept value needs the channels that tell its tables changed");
		}
		this.notifications = notifications;
		this.load = load;
		this.maxEntries = maxEntries;
		this.keep = keep;
		channels.forEach(channel -> notifications.listen(channel, this::changed));
	}

	public V get(K key) {
		if (!keep || !notifications.listening()) {
			return load.apply(key);
		}
		long now = generation.get();
		@Nullable Held<V> held = values.get(key);
		if (held != null && held.generation() == now && System.nanoTime() - held.at() < MAX_AGE_NANOS) {
			return held.value();
		}
		V value = load.apply(key);
		if (generation.get() == now && notifications.listening()) {
			if (values.size() >= maxEntries) {
				values.clear();
			}
			values.put(key, new Held<>(value, now, System.nanoTime()));
		}
		return value;
	}

	/** How many changes were heard so far (tests wait on it). */
	public long changes() {
		return generation.get();
	}

	void changed() {
		generation.incrementAndGet();
		values.clear();
	}
}
