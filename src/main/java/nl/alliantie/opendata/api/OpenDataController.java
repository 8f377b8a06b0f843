package nl.alliantie.opendata.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.alliantie.agendas.Agendas;
import nl.alliantie.conferences.Conferences;
import nl.alliantie.events.Events;
import nl.alliantie.consultations.Consultations;
import nl.alliantie.documents.Documents;
import nl.alliantie.lobby.Lobby;
import nl.alliantie.network.Network;
import nl.alliantie.opendata.api.OpenDataItems.Page;
import nl.alliantie.opendata.api.OpenDataItems.Problem;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.time.DutchTime;
import nl.alliantie.signals.Signals;

/**
 * The open data API: every list a page at a time by key, read through the root API of the module
 * that owns it (one to three queries per page, whatever the page), with the cursor of the next page
 * in the body and in a {@code Link} header. A cursor or limit that is not one is a {@code 400}
 * with a sentence, never a 500. ETags, CORS and the rate limit are {@link OpenDataWeb}'s.
 */
@RestController
public class OpenDataController {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 100;

	private final Network network;

	private final Agendas agendas;

	private final Lobby lobby;

	private final Consultations consultations;

	private final Conferences conferences;

	private final Events events;

	private final Signals signals;

	private final Documents documents;

	private final AlliantieProperties properties;

	private final byte[] openApi;

	OpenDataController(Network network, Agendas agendas, Lobby lobby, Consultations consultations,
			Conferences conferences, Signals signals, Documents documents, Events events, AlliantieProperties properties) {
		this.events = events;
		this.network = network;
		this.agendas = agendas;
		this.lobby = lobby;
		this.consultations = consultations;
		this.conferences = conferences;
		this.signals = signals;
		this.documents = documents;
		this.properties = properties;
		try (InputStream in = new ClassPathResource("opendata/openapi.json").getInputStream()) {
			this.openApi = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping(value = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> openApi() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(openApi);
	}

	@GetMapping(value = "/api/v1/organisaties", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> organisations(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit) {
		return byId("organisaties", cursor, limit, (after, size) -> network.publicOrganisationsAfter(after, size)
			.stream()
			.map(o -> new OpenDataItems.Organisation(o.id().value(), o.name(), o.type(), o.municipality(), o.province(),
					o.regionKey(), o.status(), text(o.memberSince()), o.website(), o.themes(), o.activities(),
					url("/organisaties/" + o.id().value())))
			.toList(), OpenDataItems.Organisation::id);
	}

	@GetMapping(value = "/api/v1/gemeenten", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> municipalities(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit) {
		Optional<Integer> size = size(limit);
		if (size.isEmpty()) {
			return badLimit();
		}
		List<Network.MunicipalitySummary> all = network.municipalities();
		int from = 0;
		if (cursor != null) {
			Optional<String> after = Cursor.key("gemeenten", cursor);
			int index = after.map(name -> indexOf(all, name)).orElse(-1);
			if (index < 0) {
				return badCursor();
			}
			from = index + 1;
		}
		List<Network.MunicipalitySummary> page = all.subList(Math.min(from, all.size()),
				Math.min(from + size.get(), all.size()));
		List<String> names = page.stream().map(Network.MunicipalitySummary::name).toList();
		Map<String, Agendas.AgendaSummary> newestAgenda = agendas.newestOf(names);
		Map<String, Lobby.LetterSummary> letters = lobby.lettersOf(names);
		List<OpenDataItems.Municipality> items = page.stream().map(m -> {
			Agendas.AgendaSummary agenda = newestAgenda.get(m.name());
			Lobby.LetterSummary letter = letters.get(m.name());
			return new OpenDataItems.Municipality(m.name(), m.province(), m.regionKey(),
					agenda == null ? null : new OpenDataItems.Agenda(agenda.year(), agenda.state().name(), agenda.steps(),
							agenda.reached(), url(agenda.href())),
					letter == null ? null : new OpenDataItems.Letter(letter.year(), text(letter.sentOn()), letter.response(),
							text(letter.respondedOn()), url("/lobby/" + letter.year() + "/brief/" + segment(m.name()))),
					url("/gemeenten/" + segment(m.name())));
		}).toList();
		String next = from + size.get() < all.size() && !page.isEmpty()
				? Cursor.of("gemeenten", page.get(page.size() - 1).name()) : null;
		return ok(new Page<>(items, next), "/api/v1/gemeenten", size.get());
	}

	@GetMapping(value = "/api/v1/regio-overleggen", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> consultations(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit) {
		return byId("regio-overleggen", cursor, limit, (after, size) -> consultations.after(after, size)
			.stream()
			.map(c -> new OpenDataItems.Consultation(c.id().value(), c.regionKey(), moment(c.startsAt()),
					moment(c.endsAt()), c.venue(), c.status(), c.minutesPublished(), url(c.path())))
			.toList(), OpenDataItems.Consultation::id);
	}

	@GetMapping(value = "/api/v1/alliantiedagen", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> editions(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit) {
		return byId("alliantiedagen", cursor, limit, (after, size) -> conferences
			.editionsAfter((int) Math.min(after, 9999), size)
			.stream()
			.map(e -> new OpenDataItems.Edition(e.year(), e.theme(), e.title(), e.description(),
					e.days().stream().map(d -> new OpenDataItems.Day(d.number(), text(d.date()), d.town(), d.venue(),
							d.region(), d.capacity(), d.registered(), url(d.path()))).toList(),
					e.partners().stream().map(p -> new OpenDataItems.Partner(p.name(), p.funder(), p.contribution())).toList(),
					url(e.path())))
			.toList(), edition -> edition.year());
	}

	@GetMapping(value = "/api/v1/bijeenkomsten", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> events(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit) {
		return byId("bijeenkomsten", cursor, limit, (after, size) -> events.after(after, size)
			.stream()
			.map(e -> new OpenDataItems.Event(e.id().value(), e.kind().name(), e.title(), moment(e.startsAt()),
					moment(e.endsAt()), e.venue(), e.town(), e.region(), e.capacity(), e.registered(), text(e.closesOn()),
					e.cancelled(), url(e.path())))
			.toList(), OpenDataItems.Event::id);
	}

	@GetMapping(value = "/api/v1/signalen", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> signals(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit) {
		return byId("signalen", cursor, limit, (after, size) -> signals.publishedAfter(after, size)
			.stream()
			.map(s -> new OpenDataItems.Signal(s.id().value(), s.title(), s.story(), s.municipality(), s.province(),
					s.regionKey(), text(s.seenOn()), s.themes(), s.status(), url("/signalen/" + s.id().value())))
			.toList(), OpenDataItems.Signal::id);
	}

	@GetMapping(value = "/api/v1/documenten", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> documents(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit) {
		return byId("documenten", cursor, limit, (after, size) -> documents.after(after, size)
			.stream()
			.map(d -> new OpenDataItems.Document(d.id(), d.kind().name(), d.year(), d.theme(), d.title(),
					d.description(), d.fileType(), d.fileSize(),
					d.fileType() == null ? null : url(d.path() + "/bestand"),
					url(d.fileType() == null ? d.href() : d.path())))
			.toList(), OpenDataItems.Document::id);
	}

	/** Reads one page of {@code size} after the key in the cursor; asks one more to know whether a next page exists. */
	private interface Reader<T> {

		List<T> read(long after, int size);
	}

	private <T> ResponseEntity<?> byId(String list, String cursor, String limit, Reader<T> reader,
			Function<T, Number> key) {
		Optional<Integer> size = size(limit);
		if (size.isEmpty()) {
			return badLimit();
		}
		long after = 0;
		if (cursor != null) {
			Optional<Long> key0 = Cursor.number(list, cursor);
			if (key0.isEmpty()) {
				return badCursor();
			}
			after = key0.get();
		}
		List<T> found = reader.read(after, size.get() + 1);
		List<T> items = found.subList(0, Math.min(found.size(), size.get()));
		String next = found.size() > size.get() ? Cursor.of(list, String.valueOf(key.apply(items.get(items.size() - 1))))
				: null;
		return ok(new Page<>(items, next), "/api/v1/" + list, size.get());
	}

	private ResponseEntity<?> ok(Page<?> page, String path, int size) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
		if (page.next() != null) {
			response.header(HttpHeaders.LINK, "<" + url(path + "?cursor=" + page.next()
					+ (size == DEFAULT_LIMIT ? "" : "&limit=" + size)) + ">; rel=\"next\"");
		}
		return response.body(page);
	}

	private static Optional<Integer> size(String limit) {
		if (limit == null) {
			return Optional.of(DEFAULT_LIMIT);
		}
		if (!limit.matches("[0-9]{1,3}")) {
			return Optional.empty();
		}
		int size = Integer.parseInt(limit);
		return size >= 1 && size <= MAX_LIMIT ? Optional.of(size) : Optional.empty();
	}

	private static ResponseEntity<Problem> badLimit() {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
			.body(new Problem("limit is een getal van 1 tot en met " + MAX_LIMIT + " (limit is a number from 1 to "
					+ MAX_LIMIT + ")"));
	}

	private static ResponseEntity<Problem> badCursor() {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
			.body(new Problem("Deze cursor hoort niet bij deze lijst; gebruik de waarde van next uit het vorige antwoord "
					+ "(this cursor is not one of this list; pass the value of next from the previous answer)"));
	}

	private static int indexOf(List<Network.MunicipalitySummary> all, String name) {
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	private static String segment(String name) {
		return org.springframework.web.util.UriUtils.encodePathSegment(name, java.nio.charset.StandardCharsets.UTF_8);
	}

	private String url(String path) {
		return properties.absoluteUrl(path);
	}

	private static @Nullable String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static @Nullable String moment(Instant instant) {
		return instant == null ? null : instant.atZone(DutchTime.ZONE).toOffsetDateTime().toString();
	}
}
