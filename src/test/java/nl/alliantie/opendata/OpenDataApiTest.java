package nl.alliantie.opendata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.organisations.OrganisationStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AlliantieTest
class OpenDataApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	@Test
	void aListIsWalkedByItsCursorsOnceEachAndSaysItsNextPageInTheLinkHeader() throws Exception {
		for (int i = 0; i < 3; i++) {
			network.organisation("Utrecht");
		}
		List<Object> all = new ArrayList<>();
		for (Map<String, Object> item : items(OpenApiTest.read(mvc.perform(get("/api/v1/organisaties").param("limit", "100"))
			.andReturn().getResponse()))) {
			all.add(item.get("id"));
		}
		List<Object> walked = new ArrayList<>();
		String cursor = null;
		do {
			var request = get("/api/v1/organisaties").param("limit", "2");
			if (cursor != null) {
				request.param("cursor", cursor);
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			Map<String, Object> page = OpenApiTest.read(response);
			items(page).forEach(item -> walked.add(item.get("id")));
			cursor = (String) page.get("next");
			if (cursor != null) {
				assertThat(response.getHeader("Link")).isEqualTo(
						"<http://localhost/api/v1/organisaties?cursor=" + cursor + "&limit=2>; rel=\"next\"");
			}
			else {
				assertThat(response.getHeader("Link")).isNull();
			}
		}
		while (cursor != null && walked.size() < 10_000);
		assertThat(walked).doesNotHaveDuplicates().startsWith(all.subList(0, Math.min(all.size(), 100)).toArray());
		assertThat(walked.size()).isGreaterThanOrEqualTo(3);

		// the municipalities by name, all 342 in four pages of 100
		Set<Object> names = new HashSet<>();
		cursor = null;
		int pages = 0;
		do {
			var request = get("/api/v1/gemeenten").param("limit", "100");
			if (cursor != null) {
				request.param("cursor", cursor);
			}
			Map<String, Object> page = OpenApiTest.read(mvc.perform(request).andReturn().getResponse());
			items(page).forEach(item -> names.add(item.get("name")));
			cursor = (String) page.get("next");
			pages++;
		}
		while (cursor != null && pages < 10);
		assertThat(names).hasSize(342).contains("Utrecht", "'s-Hertogenbosch");
		assertThat(pages).isEqualTo(4);
		// a cursor of one list is no cursor of another
		String municipalityCursor = (String) OpenApiTest.read(mvc.perform(get("/api/v1/gemeenten").param("limit", "1"))
			.andReturn().getResponse()).get("next");
		mvc.perform(get("/api/v1/organisaties").param("cursor", municipalityCursor)).andExpect(status().isBadRequest());
	}

	@Test
	void onlyPublicFieldsOfPublicOrganisations() throws Exception {
		String waiting = NetworkFixtures.unique("Wachtende groep");
		OrganisationId signedUp = network.organisation(waiting, "Utrecht", OrganisationStatus.AANGEMELD);
		OrganisationId member = network.organisation(NetworkFixtures.unique("Lid"), "Utrecht", OrganisationStatus.AANGESLOTEN);
		String cursor = null;
		Map<String, Object> found = null;
		int pages = 0;
		do {
			var request = get("/api/v1/organisaties").param("limit", "100");
			if (cursor != null) {
				request.param("cursor", cursor);
			}
			String body = mvc.perform(request).andReturn().getResponse().getContentAsString();
			assertThat(body).doesNotContain(waiting).doesNotContain("@test.alliantie.local").doesNotContain("\"email\"");
			Map<String, Object> page = OpenApiTest.JSON.readValue(body, Map.class);
			for (Map<String, Object> item : items(page)) {
				assertThat(((Number) item.get("id")).longValue()).isNotEqualTo(signedUp.value());
				if (((Number) item.get("id")).longValue() == member.value()) {
					found = item;
				}
			}
			cursor = (String) page.get("next");
		}
		while (cursor != null && ++pages < 1000);
		assertThat(found).isNotNull().doesNotContainKeys("email", "phone", "address", "postcode", "representatives");
	}

	@Test
	void anUnchangedAnswerIsA304ForItsETag() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/api/v1/documenten")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("\"");
		assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
		mvc.perform(get("/api/v1/documenten").header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
		mvc.perform(get("/api/v1/documenten").header("If-None-Match", "\"iets-anders\"")).andExpect(status().isOk());
		// a change gives another ETag
		network.organisation("Zwolle");
		String before = mvc.perform(get("/api/v1/organisaties?limit=100")).andReturn().getResponse().getHeader("ETag");
		mvc.perform(get("/api/v1/organisaties?limit=100").header("If-None-Match", before)).andExpect(status().isNotModified());
	}

	@Test
	void anyOriginMayReadButNotWrite() throws Exception {
		mvc.perform(get("/api/v1/signalen").header("Origin", "https://data.example.org"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")))
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(options("/api/v1/signalen").header("Origin", "https://data.example.org")
				.header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "if-none-match"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(header().string("Access-Control-Allow-Methods", containsString("GET")))
			.andExpect(header().string("Access-Control-Allow-Headers", containsString("if-none-match")));
		mvc.perform(options("/api/v1/signalen").header("Origin", "https://data.example.org")
				.header("Access-Control-Request-Method", "DELETE"))
			.andExpect(status().isForbidden());
		// nothing but GET: a POST from anywhere is refused (without a CSRF token it never reaches the API)
		mvc.perform(post("/api/v1/signalen")).andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString("items"))));
	}
}
