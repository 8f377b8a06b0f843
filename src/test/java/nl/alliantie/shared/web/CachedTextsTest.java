package nl.alliantie.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The cached texts say exactly what Spring's MessageFormat says, for every text with arguments. */
class CachedTextsTest {

	static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	final ResourceBundleMessageSource spring = spring();

	final CachedTexts cached = new CachedTexts(spring);

	@Test
	void everyTextWithTextArgumentsReadsTheSameAsSpringsTwice() throws IOException {
		int checked = 0;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path file : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
				Properties texts = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					texts.load(reader);
				}
				for (String code : texts.stringPropertyNames()) {
					int arguments = 0;
					Matcher matcher = ARGUMENT.matcher(texts.getProperty(code));
					while (matcher.find()) {
						arguments = Math.max(arguments, Integer.parseInt(matcher.group(1)) + 1);
					}
					if (arguments == 0) {
						continue;
					}
					Object[] args = new Object[arguments];
					for (int i = 0; i < arguments; i++) {
						args[i] = "a'{" + i + "}<b>&";
					}
					for (Locale locale : new Locale[] { Locale.of("nl"), Locale.ENGLISH }) {
						String expected;
						try {
							expected = spring.getMessage(code, args, locale);
						}
						catch (IllegalArgumentException typed) {
							// {0,number}: Spring refuses a text, and so do the cached texts
							org.assertj.core.api.Assertions.assertThatThrownBy(() -> cached.getMessage(code, args, locale))
								.isInstanceOf(IllegalArgumentException.class);
							continue;
						}
						assertThat(cached.getMessage(code, args, locale)).as(code).isEqualTo(expected);
						assertThat(cached.getMessage(code, args, locale)).as(code).isEqualTo(expected);
						checked++;
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(20);
	}

	@Test
	void typedArgumentsAndNumbersStayWithSpring() {
		var source = new org.springframework.context.support.StaticMessageSource();
		source.setAlwaysUseMessageFormat(true);
		source.addMessage("aantal", Locale.of("nl"), "{0,number} signalen in {1}");
		source.addMessage("regio", Locale.of("nl"), "Regio ''{0}''");
		CachedTexts cachedStatic = new CachedTexts(source);
		assertThat(cachedStatic.getMessage("aantal", new Object[] { 12345, "Assen" }, Locale.of("nl")))
			.isEqualTo("12.345 signalen in Assen");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> cachedStatic.getMessage("aantal", new Object[] { "veel", "Assen" }, Locale.of("nl")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(cachedStatic.getMessage("regio", new Object[] { "Oost" }, Locale.of("nl"))).isEqualTo("Regio 'Oost'");
	}

	private static ResourceBundleMessageSource spring() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		// the bundles the application is configured with, so that a new module's texts are checked too
		try {
			String basenames = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
				.filter(line -> line.startsWith("spring.messages.basename="))
				.findFirst()
				.orElseThrow()
				.substring("spring.messages.basename=".length());
			source.setBasenames(basenames.strip().split("\\s*,\\s*"));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setAlwaysUseMessageFormat(true);
		return source;
	}
}
