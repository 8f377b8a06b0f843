package nl.alliantie;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.alliantie.shared.db.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo network's people (members' contacts, reporters of signals, registrants, subscribers,
 * agenda contacts, logins) appear in no answer of the open data API, walked to the end of every
 * list, and in no public CSV or Atom feed: not their names, mail addresses or phone numbers.
 * The people are read from the demo database itself (every column that holds a person's name,
 * address or number), so new demo people are covered too.
 */
class PersonalDataStaysOutOfOpenDataTest {

	static final List<String> API = List.of("/api/v1/organisaties", "/api/v1/gemeenten", "/api/v1/regio-overleggen",
			"/api/v1/alliantiedagen", "/api/v1/signalen", "/api/v1/documenten");

	@Test
	void noNameMailAddressOrPhoneNumberOfADemoPersonIsPublished() throws Exception {
		Path dir = RunningApp.freshDataDir();
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir, "--alliantie.demo-data=true",
				"--alliantie.embedded-database.fsync=false", "--alliantie.web.page-cache=0s",
				"--alliantie.opendata.requests-per-minute=0")) {
			JdbcClient jdbc = app.context.getBean(JdbcClient.class);
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
				.sql("select count(*) from event_publication where completion_date is null").query(Integer.class).single() == 0);
			Set<String> personal = personalData(jdbc);
			assertThat(personal).as("the demo people found").hasSizeGreaterThan(20);

			Map<String, String> answers = new LinkedHashMap<>();
			JsonMapper json = JsonMapper.builder().build();
			for (String list : API) {
				String cursor = null;
				int pages = 0;
				do {
					String path = list + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
					HttpResponse<String> response = app.get(path);
					assertThat(response.statusCode()).as(path).isEqualTo(200);
					answers.put(path, response.body());
					cursor = (String) json.readValue(response.body(), Map.class).get("next");
				}
				while (cursor != null && ++pages < 100);
			}
			for (String path : feeds(app, jdbc)) {
				HttpResponse<String> response = app.get(path);
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				answers.put(path, response.body());
			}
			assertThat(answers.keySet()).as("answers read").anyMatch(path -> path.endsWith(".csv"))
				.anyMatch(path -> path.endsWith(".atom")).anyMatch(path -> path.startsWith("/api/v1/signalen"));
			// the demo's published signals and documents are there, so the walk reads real content
			assertThat(answers.entrySet().stream().filter(e -> e.getKey().startsWith("/api/v1/signalen"))
				.map(Map.Entry::getValue).findFirst().orElseThrow()).contains("\"story\"");

			List<String> found = new ArrayList<>();
			for (Map.Entry<String, String> answer : answers.entrySet()) {
				String text = answer.getValue().toLowerCase(Locale.ROOT);
				String digits = answer.getValue().replaceAll("[^0-9+]", "");
				for (String value : personal) {
					boolean phone = value.matches("[0-9 +()-]{8,}");
					if (phone ? digits.contains(value.replaceAll("[^0-9+]", "")) : text.contains(value)) {
						found.add(value + " in " + answer.getKey());
					}
				}
			}
			assertThat(found).as("personal data of demo people in public answers").isEmpty();
		}
	}

	/** Every person's name, mail address and phone number in the demo database, lower case. */
	private static Set<String> personalData(JdbcClient jdbc) {
		Set<String> values = new LinkedHashSet<>();
		// every mail address and phone number (an organisation's too), and the names of people: not
		// the name columns of tables about organisations (a call's or an invitation's recipient)
		List<String[]> columns = jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				where c.table_schema = current_schema() and c.data_type = 'text'
				  and ((c.column_name like '%email%' and c.column_name <> 'griffie_email') or c.column_name like '%phone%'
				       or c.column_name in ('reporter_name', 'contact_name', 'author_name', 'display_name', 'person1_name',
				                            'person2_name')
				       or (c.column_name = 'name' and c.table_name in ('network_person', 'conferences_registration',
				                                                       'lobby_helper', 'newsletter_subscriber')))
				""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		for (String[] column : columns) {
			jdbc.sql("select distinct \"" + column[1] + "\" from \"" + column[0] + "\" where \"" + column[1] + "\" is not null")
				.query(String.class)
				.list()
				.stream()
				.map(value -> value.strip().toLowerCase(Locale.ROOT))
				.filter(value -> value.length() >= 6)
				.forEach(values::add);
		}
		return values;
	}

	/** The public CSV and Atom routes, each agenda's CSV for every demo agenda. */
	private static List<String> feeds(RunningApp app, JdbcClient jdbc) throws Exception {
		List<String> paths = new ArrayList<>();
		for (PublicRoutes.Route route : PublicRoutes.of(app.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class))) {
			String pattern = route.text();
			if (!pattern.endsWith(".csv") && !pattern.endsWith(".atom")) {
				continue;
			}
			if (!pattern.contains("{")) {
				paths.add(pattern);
			}
			else if (pattern.startsWith("/sociale-agenda/{gemeente}/")) {
				jdbc.sql("select municipality, year from agendas_agenda order by id")
					.query((rs, row) -> "/sociale-agenda/" + URLEncoder.encode(rs.getString(1), StandardCharsets.UTF_8)
						.replace("+", "%20") + "/" + rs.getInt(2) + ".csv")
					.list()
					.forEach(paths::add);
			}
			else {
				throw new AssertionError("a public feed this test cannot fill in yet: " + pattern);
			}
		}
		return paths;
	}
}
