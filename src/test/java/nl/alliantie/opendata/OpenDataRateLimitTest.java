package nl.alliantie.opendata;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each network address (IPv6: its /64) may make a number of API requests a minute; beyond it the
 * answer is a 429 with Retry-After in seconds and a sentence, and other addresses go on as before.
 */
@AlliantieTest
@TestPropertySource(properties = "alliantie.opendata.requests-per-minute=5")
class OpenDataRateLimitTest {

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse from(String address) throws Exception {
		return mvc.perform(get("/api/v1/documenten").with(request -> {
			request.setRemoteAddr(address);
			return request;
		})).andReturn().getResponse();
	}

	@Test
	void theSixthRequestInAMinuteWaits() throws Exception {
		String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse allowed = from(address);
			assertThat(allowed.getStatus()).isEqualTo(200);
			assertThat(allowed.getHeader("RateLimit-Remaining")).isEqualTo(String.valueOf(4 - i));
		}
		MockHttpServletResponse refused = from(address);
		if (refused.getStatus() == 200) {
			// the clock minute turned between the requests: the sixth of the new minute is refused
			for (int i = 0; i < 5; i++) {
				refused = from(address);
			}
		}
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
		assertThat(refused.getContentAsString()).contains("Te veel verzoeken");
		assertThat(refused.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(from("10.78.1.1").getStatus()).isEqualTo(200);
		// IPv6 counts by its /64: another address of the same network shares the count
		for (int i = 0; i < 5; i++) {
			from("2001:db8:77:1::" + Integer.toHexString(i + 1));
		}
		int status = from("2001:db8:77:1::ffff").getStatus();
		if (status == 200) {
			for (int i = 0; i < 5; i++) {
				status = from("2001:db8:77:1::" + Integer.toHexString(i + 100)).getStatus();
			}
		}
		assertThat(status).isEqualTo(429);
		assertThat(from("2001:db8:77:2::1").getStatus()).isEqualTo(200);
	}
}
