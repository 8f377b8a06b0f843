package nl.alliantie.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.network.Network;
import nl.alliantie.signals.handling.Report;
import nl.alliantie.signals.handling.Signal;
import nl.alliantie.signals.handling.SignalStore;
import nl.alliantie.signals.reporting.SpamGuard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signals for tests, and the report form as a person would send it (unique client address). */
@Component
public class SignalFixtures {

	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	private final SignalStore store;

	private final Network network;

	private final SpamGuard guard;

	private final JdbcClient jdbc;

	SignalFixtures(SignalStore store, Network network, SpamGuard guard, JdbcClient jdbc) {
		this.store = store;
		this.network = network;
		this.guard = guard;
		this.jdbc = jdbc;
	}

	public static String unique(String word) {
		return word + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new signal (status NIEUW, with consent) in {@code municipality}, or without one when {@code null}. */
	public long signal(String title, String story, String municipality, String... themes) {
		return signal(title, story, municipality, LocalDate.now().minusDays(3), true, themes);
	}

	public long signal(String title, String story, String municipality, LocalDate seenOn, boolean consent,
			String... themes) {
		Signal.Place place = network.municipality(municipality)
			.map(m -> new Signal.Place(m.name(), m.province(), m.regionKey()))
			.orElse(Signal.Place.NONE);
		return store.create(new Report(title, story, List.of(themes.length == 0 ? new String[] { "schulden" } : themes),
				place, place.regionKey(), seenOn, "ANONIEM", null, null, null, null, consent,
				UUID.randomUUID())).id();
	}

	/** A new signal reported by a person who gave a name and address (never public), with or without consent. */
	public long signalBy(String reporterName, String reporterEmail, String title, String story, String municipality,
			boolean consent) {
		Signal.Place place = network.municipality(municipality)
			.map(m -> new Signal.Place(m.name(), m.province(), m.regionKey()))
			.orElse(Signal.Place.NONE);
		return store.create(new Report(title, story, List.of("wonen-energie"), place, place.regionKey(),
				LocalDate.now().minusDays(3), "PERSOON", null, null, reporterName, reporterEmail, consent,
				UUID.randomUUID())).id();
	}

	/** A published signal (taken up, with consent). */
	public long published(String title, String story, String municipality, String... themes) {
		long id = signal(title, story, municipality, themes);
		publish(id);
		return id;
	}

	public void publish(long id) {
		jdbc.sql("update signals_signal set status = 'IN_BEHANDELING' where id = :id").param("id", id).update();
	}

	/** A word of letters only that no other test uses, so that search finds exactly our signals. */
	public static String word() {
		StringBuilder word = new StringBuilder("zq");
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	public String status(long id) {
		return jdbc.sql("select status from signals_signal where id = :id").param("id", id).query(String.class).single();
	}

	public int countWithTitle(String title) {
		return jdbc.sql("select count(*) from signals_signal where title = :title").param("title", title)
			.query(Integer.class).single();
	}

	/** A stamp of a form shown a minute ago, so the minimum fill time has passed. */
	public String slowStamp() {
		return guard.stampAt(System.currentTimeMillis() - 60_000);
	}

	/** A client address no other test uses. */
	public static RequestPostProcessor fromNewAddress() {
		String address = "10.77." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250 + 1);
		return fromAddress(address);
	}

	public static RequestPostProcessor fromAddress(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The report form filled in completely and correctly; {@code overrides} are name, value pairs. */
	public MockHttpServletRequestBuilder report(String title, String story, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("titel", title);
		fields.put("verhaal", story);
		fields.put("themas", "voedselbank");
		fields.put("gemeente", "zwolle");
		fields.put("gezien", LocalDate.now().minusDays(2).toString());
		fields.put("melder", "ANONIEM");
		fields.put("toestemming", "true");
		fields.put("website", "");
		fields.put("stempel", slowStamp());
		fields.put("sleutel", UUID.randomUUID().toString());
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/signalen/melden").with(csrf());
		fields.forEach(request::param);
		return request;
	}
}
