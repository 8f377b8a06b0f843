package nl.alliantie.opendata;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.alliantie.AlliantieTest;
import nl.alliantie.agendas.AgendaFixtures;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.documents.DocumentKind;
import nl.alliantie.documents.library.DocumentStore;
import nl.alliantie.events.EventFixtures;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.shared.files.FileKind;
import nl.alliantie.lobby.LobbyFixtures;
import nl.alliantie.lobby.letters.LetterState;
import nl.alliantie.lobby.letters.LetterStore;
import nl.alliantie.lobby.letters.Response;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI 3.1 description at {@code /api/v1/openapi.json} holds what the endpoints really
 * return: it names every API route there is, and every item of every page of every list (walked
 * to its end by the cursors) fits its schema exactly (no field it does not name, every field it
 * names present, of its type, format and values); and every field it names is seen with a value
 * in some answer, so the description names nothing the API never gives.
 */
@AlliantieTest
class OpenApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	NetworkFixtures network;

	@Autowired
	SignalFixtures signals;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	Editions editions;

	@Autowired
	AgendaFixtures agendas;

	@Autowired
	LobbyFixtures lobby;

	@Autowired
	LetterStore letters;

	@Autowired
	DocumentStore documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventStore events;

	Map<String, Object> spec;

	/** Of each schema, the properties seen with a value ({@code Schema.property}). */
	final Set<String> seen = new HashSet<>();

	final List<String> problems = new ArrayList<>();

	@Test
	void everyEndpointAndEveryFieldIsDescribedAsItIsGiven() throws Exception {
		makeOneOfEverything();
		spec = read(mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse());
		assertThat(spec.get("openapi")).isEqualTo("3.1.0");
		@SuppressWarnings("unchecked")
		Map<String, Object> paths = (Map<String, Object>) spec.get("paths");

		Set<String> routes = new TreeSet<>();
		mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(pattern -> pattern.startsWith("/api/")).forEach(routes::add));
		assertThat(routes).as("the API's routes are the description's paths").isEqualTo(new TreeSet<>(paths.keySet()));

		Set<String> described = new LinkedHashSet<>();
		for (String path : paths.keySet()) {
			if (path.endsWith("openapi.json")) {
				continue;
			}
			Object reference = at(paths, path, "get", "responses", "200", "content", "application/json", "schema", "$ref");
			described.addAll(propertiesReachedFrom(ref(reference), new HashSet<>()));
			Map<String, Object> schema = Map.of("$ref", reference);
			// a first page of one, so that the cursor of a next page is seen; then every page of 100
			MockHttpServletResponse first = mvc.perform(get(path).param("limit", "1")).andReturn().getResponse();
			assertThat(first.getStatus()).as(path).isEqualTo(200);
			assertThat(first.getHeader("ETag")).as("ETag of " + path).isNotBlank();
			validate(read(first), schema, path + "?limit=1");
			String cursor = null;
			int pages = 0;
			do {
				var request = get(path).param("limit", "100");
				if (cursor != null) {
					request.param("cursor", cursor);
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).as(path + " page " + pages).isEqualTo(200);
				Map<String, Object> page = read(response);
				validate(page, schema, path + " page " + pages);
				cursor = (String) page.get("next");
				pages++;
			}
			while (cursor != null && pages < 1000);
		}
		assertThat(problems).as("answers that do not fit the description").isEmpty();
		Set<String> neverGiven = new TreeSet<>(described);
		neverGiven.removeAll(seen);
		assertThat(neverGiven).as("fields described but never given a value").isEmpty();

		// a refused cursor or limit is the described problem
		for (String query : List.of("cursor=kapot", "limit=0", "limit=101", "limit=abc")) {
			MockHttpServletResponse refused = mvc.perform(get("/api/v1/signalen?" + query)).andReturn().getResponse();
			assertThat(refused.getStatus()).as(query).isEqualTo(400);
			validate(read(refused), Map.of("$ref", "#/components/schemas/Problem"), query);
		}
		assertThat(problems).isEmpty();
	}

	/** Data such that every field of every list has a value somewhere. */
	private void makeOneOfEverything() throws Exception {
		OrganisationId organisation = network.organisation(NetworkFixtures.unique("Open data groep"), "Zwolle",
				OrganisationStatus.AANGESLOTEN);
		jdbc.sql("update network_organisation set website = 'https://example.org', member_since = date '2020-01-01' where id = :id")
			.param("id", organisation.value()).update();
		// two of each list at least, so that a page of one has a next page
		signals.published("Open data signaal " + SignalFixtures.word(), "Een verhaal.", "Zwolle", "schulden");
		signals.published("Open data signaal " + SignalFixtures.word(), "Nog een verhaal.", "Kampen", "schulden");
		consultations.planned("oost", Duration.ofDays(20));
		consultations.planned("noord", Duration.ofDays(21));
		conferences.edition(LocalDate.now().plusDays(61), 30, 10, null);
		var edition = conferences.edition(LocalDate.now().plusDays(60), 30, 10, "noord");
		editions.addPartner(edition.editionId(), "Fonds " + NetworkFixtures.unique("x"), "funder", "Zaalhuur", null);
		events.announce(EventFixtures.draft("Open data symposium", LocalDate.now().plusDays(40), 100, null));
		events.announce(EventFixtures.draft("Open data werkbijeenkomst", LocalDate.now().plusDays(41), 20, "oost"));
		documents.upload(DocumentKind.REPORT, 2025, "Schulden", "Open data rapport", "Beschrijving", FileKind.PDF, "r.pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		documents.upload(DocumentKind.PHOTO, 2024, "", "Open data foto", "", FileKind.PNG, "f.png", new byte[] { 1 });
		documents.listElsewhere("test:" + NetworkFixtures.unique("x"), DocumentKind.MINUTES, 2025, "Verslag", "", "/regio-overleggen");
		AgendaFixtures.Made agenda = agendas.agenda(2026);
		var campaign = lobby.campaign("Brief voor open data");
		letters.start(campaign.id().value(), List.of(agenda.municipality()),
				Map.of(agenda.municipality(), lobby.griffie(agenda.municipality())), Instant.now().minusSeconds(1));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> letters.find(campaign.id().value(),
				agenda.municipality()).orElseThrow().state() == LetterState.QUEUED);
		letters.respond(campaign.id().value(), agenda.municipality(), Response.DISCUSSED, LocalDate.now(), "Besproken", null);
	}

	// a validator of the JSON Schema this description uses: $ref, oneOf, type (one or a list),
	// enum, format (date, date-time, uri), object (properties, required, additionalProperties) and array

	private void validate(Object value, Map<String, Object> schema, String where) {
		List<String> found = check(value, schema, where, null, true);
		problems.addAll(found);
	}

	@SuppressWarnings("unchecked")
	private List<String> check(Object value, Map<String, Object> schema, String where, String name, boolean record) {
		List<String> found = new ArrayList<>();
		if (schema.containsKey("$ref")) {
			String reference = (String) schema.get("$ref");
			return check(value, ref(reference), where, reference.substring(reference.lastIndexOf('/') + 1), record);
		}
		if (schema.containsKey("oneOf")) {
			int matching = 0;
			for (Object option : (List<Object>) schema.get("oneOf")) {
				if (check(value, (Map<String, Object>) option, where, name, false).isEmpty()) {
					matching++;
				}
			}
			if (matching != 1) {
				found.add(where + ": " + value + " fits " + matching + " of oneOf");
				return found;
			}
			for (Object option : (List<Object>) schema.get("oneOf")) {
				if (check(value, (Map<String, Object>) option, where, name, false).isEmpty()) {
					return check(value, (Map<String, Object>) option, where, name, record);
				}
			}
		}
		Object type = schema.get("type");
		List<String> types = type == null ? List.of() : type instanceof List<?> list ? (List<String>) list : List.of((String) type);
		String actual = typeOf(value);
		if (!types.isEmpty() && !types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
			found.add(where + ": " + actual + " where " + types + " is described");
			return found;
		}
		if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
			found.add(where + ": " + value + " is not one of " + schema.get("enum"));
		}
		if (value instanceof String text && schema.containsKey("format")) {
			try {
				switch ((String) schema.get("format")) {
					case "date" -> LocalDate.parse(text);
					case "date-time" -> OffsetDateTime.parse(text);
					case "uri" -> assertThat(URI.create(text).isAbsolute()).isTrue();
					default -> found.add(where + ": unknown format " + schema.get("format"));
				}
			}
			catch (RuntimeException | AssertionError e) {
				found.add(where + ": " + text + " is no " + schema.get("format"));
			}
		}
		if (value instanceof Map<?, ?> object && schema.containsKey("properties")) {
			Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
			for (Object key : object.keySet()) {
				if (!properties.containsKey(key) && Boolean.FALSE.equals(schema.get("additionalProperties"))) {
					found.add(where + ": field " + key + " is not described in " + name);
				}
			}
			for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
				if (!object.containsKey(required)) {
					found.add(where + ": field " + required + " of " + name + " is missing");
				}
			}
			for (Map.Entry<String, Object> property : properties.entrySet()) {
				if (object.containsKey(property.getKey())) {
					Object field = object.get(property.getKey());
					if (record && field != null && !(field instanceof List<?> empty && empty.isEmpty())) {
						seen.add(name + "." + property.getKey());
					}
					found.addAll(check(field, (Map<String, Object>) property.getValue(), where + "." + property.getKey(),
							name, record));
				}
			}
		}
		if (value instanceof List<?> array && schema.containsKey("items")) {
			for (int i = 0; i < array.size(); i++) {
				found.addAll(check(array.get(i), (Map<String, Object>) schema.get("items"), where + "[" + i + "]", name,
						record));
			}
		}
		return found;
	}

	/** Every {@code Schema.property} reachable from {@code schema}. */
	@SuppressWarnings("unchecked")
	private Set<String> propertiesReachedFrom(Map<String, Object> schema, Set<String> visited) {
		Set<String> all = new LinkedHashSet<>();
		for (Map.Entry<String, Object> entry : ((Map<String, Object>) at(spec, "components", "schemas")).entrySet()) {
			if (entry.getValue() == schema && visited.add(entry.getKey())) {
				Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
				for (Map.Entry<String, Object> property : properties.entrySet()) {
					all.add(entry.getKey() + "." + property.getKey());
					for (String reference : references(property.getValue())) {
						all.addAll(propertiesReachedFrom(ref(reference), visited));
					}
				}
			}
		}
		return all;
	}

	@SuppressWarnings("unchecked")
	private static List<String> references(Object schema) {
		List<String> found = new ArrayList<>();
		if (schema instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (entry.getKey().equals("$ref")) {
					found.add((String) entry.getValue());
				}
				else {
					found.addAll(references(entry.getValue()));
				}
			}
		}
		else if (schema instanceof List<?> list) {
			list.forEach(item -> found.addAll(references(item)));
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> ref(Object reference) {
		String[] parts = ((String) reference).substring(2).split("/");
		return (Map<String, Object>) at(spec, parts);
	}

	@SuppressWarnings("unchecked")
	private static Object at(Map<String, Object> from, String... keys) {
		Object current = from;
		for (String key : keys) {
			current = ((Map<String, Object>) current).get(key);
			assertThat(current).as("description has " + String.join("/", keys)).isNotNull();
		}
		return current;
	}

	private static String typeOf(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
			return "integer";
		}
		if (value instanceof Number) {
			return "number";
		}
		if (value instanceof String) {
			return "string";
		}
		if (value instanceof List<?>) {
			return "array";
		}
		return "object";
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> read(MockHttpServletResponse response) throws Exception {
		assertThat(response.getContentType()).startsWith("application/json");
		return JSON.readValue(response.getContentAsByteArray(), Map.class);
	}
}
