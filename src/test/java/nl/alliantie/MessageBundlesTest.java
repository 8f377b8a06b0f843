package nl.alliantie;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dutch (the base bundle) and English hold the same keys, every key the templates and annotations
 * use exists, and apostrophes are written the MessageFormat way.
 */
class MessageBundlesTest {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static final Pattern TEMPLATE_KEY = Pattern.compile("ui\\.t\\(\"([a-zA-Z0-9_.\\-]+)\"");

	static final Pattern ANNOTATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([a-zA-Z0-9_.\\-]+)}\"");

	@Test
	void dutchAndEnglishHaveTheSameKeys() throws IOException {
		for (Path dutch : baseBundles()) {
			Path english = dutch.resolveSibling(dutch.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English bundle for %s", dutch).exists();
			assertThat(load(english).stringPropertyNames()).as("keys of %s vs %s", english, dutch)
				.containsExactlyInAnyOrderElementsOf(load(dutch).stringPropertyNames());
		}
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		String configured = Files.readString(Path.of("src/main/resources/application.properties"));
		for (Path dutch : baseBundles()) {
			String name = dutch.getFileName().toString().replace(".properties", "");
			assertThat(configured).as("spring.messages.basename lists i18n/%s", name).containsPattern("i18n/" + name + "(,|\\s|$)");
		}
	}

	@Test
	void apostrophesAreDoubled() throws IOException {
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		for (Path bundle : allBundles()) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				assertThat(lone.matcher(messages.getProperty(key)).find())
					.as("%s in %s has a single apostrophe; write '' (MessageFormat)", key, bundle)
					.isFalse();
			}
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndAnnotationsExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path bundle : baseBundles()) {
			known.addAll(load(bundle).stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		collect(Path.of("src/main/jte"), ".jte", TEMPLATE_KEY, known, missing);
		collect(Path.of("src/main/java"), ".java", ANNOTATION_KEY, known, missing);
		assertThat(missing).as("message keys used but not in the bundles").isEmpty();
	}

	private static void collect(Path root, String suffix, Pattern pattern, Set<String> known, List<String> missing)
			throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					// keys built at run time end in '.' and are completed by the template
					if (!key.endsWith(".") && !known.contains(key)) {
						missing.add(key + " (" + file + ")");
					}
				}
			}
		}
	}

	private static List<Path> baseBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(f -> f.toString().endsWith(".properties") && !f.getFileName().toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> allBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
