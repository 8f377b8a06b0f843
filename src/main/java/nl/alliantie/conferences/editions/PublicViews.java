package nl.alliantie.conferences.editions;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The editions and days as their public pages last read them, kept for two seconds: those pages
 * are the ones everybody opens when the invitation goes out, and counts two seconds old are fine
 * there. Every store of this package forgets them all when the secretariat changes something.
 */
@Component
class PublicViews {

	/** How long a public page may show slightly old counts; the admin pages always read fresh. */
	static final long PUBLIC_TTL_NANOS = 2_000_000_000L;

	private record Cached<T>(T value, long at, AtomicBoolean reading) {

		Cached(T value, long at) {
			this(value, at, new AtomicBoolean());
		}

		boolean fresh() {
			return System.nanoTime() - at < PUBLIC_TTL_NANOS;
		}

		/** Whether this caller is the one to read the value again. */
		boolean claim() {
			return reading.compareAndSet(false, true);
		}

		void release() {
			reading.set(false);
		}
	}

	private final Map<Integer, Cached<EditionView>> editions = new ConcurrentHashMap<>();

	private final Map<Long, Cached<DayView>> days = new ConcurrentHashMap<>();

	Optional<EditionView> edition(int year, Supplier<Optional<EditionView>> read) {
		return fresh(editions, year, read);
	}

	Optional<DayView> day(int year, int number, Supplier<Optional<DayView>> read) {
		return fresh(days, year * 1000L + number, read);
	}

	/** After the secretariat changed something, the public pages show it at once. */
	void forget() {
		editions.clear();
		days.clear();
	}

	/**
	 * The kept value while it is fresh. When it runs out, one request reads it again while the
	 * others keep getting the old one for that moment: without that, every request arriving in
	 * that instant read the whole edition at once and waited for each other (a p99 of 400 ms).
	 */
	private static <K, V> Optional<V> fresh(Map<K, Cached<V>> kept, K key, Supplier<Optional<V>> read) {
		Cached<V> cached = kept.get(key);
		if (cached != null && cached.fresh()) {
			return Optional.of(cached.value());
		}
		if (cached != null && !cached.claim()) {
			return Optional.of(cached.value());
		}
		Optional<V> value;
		try {
			value = read.get();
		}
		catch (RuntimeException failed) {
			if (cached != null) {
				cached.release();
			}
			throw failed;
		}
		value.ifPresentOrElse(v -> kept.put(key, new Cached<>(v, System.nanoTime())), () -> kept.remove(key));
		return value;
	}
}
