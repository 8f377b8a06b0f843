package nl.alliantie.network;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dutch and English bundles of the module have the same keys, and every text is valid MessageFormat. */
class NetworkMessagesTest {

	static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = NetworkMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void dutchAndEnglishHaveTheSameKeys() throws Exception {
		Properties dutch = load("network.properties");
		Properties english = load("network_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
		for (Properties bundle : new Properties[] { dutch, english }) {
			for (String key : bundle.stringPropertyNames()) {
				String text = bundle.getProperty(key);
				new MessageFormat(text);
				assertThat(text.replace("''", "")).as(key).doesNotContain("'");
			}
		}
	}
}
