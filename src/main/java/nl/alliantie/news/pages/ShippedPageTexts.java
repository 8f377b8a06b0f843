package nl.alliantie.news.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The texts the application ships for its pages, in {@code src/main/resources/news/pages/<slug>.md}
 * (the privacy statement in {@code privacy.md}): at every start, a page the secretariat never saved
 * gets the text of its file, so a text added to the file in a release (a section on how long data
 * is kept) reaches every installation whose page still is the shipped one. A page the secretariat
 * saved keeps its own text; the file's text is then its first version. Safe with several
 * instances: the update only changes a page whose text differs.
 */
@Component
class ShippedPageTexts {

	private static final Logger log = LoggerFactory.getLogger(ShippedPageTexts.class);

	private final SitePages pages;

	ShippedPageTexts(SitePages pages) {
		this.pages = pages;
	}

	@EventListener(ApplicationReadyEvent.class)
	void follow() {
		for (SitePages.SitePage page : pages.all()) {
			ClassPathResource file = new ClassPathResource("news/pages/" + page.slug() + ".md");
			if (!file.exists()) {
				continue;
			}
			try (InputStream in = file.getInputStream()) {
				if (pages.followShippedText(page.slug(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())) {
					log.info("Page /over/{} now has the text the application ships", page.slug());
				}
			}
			catch (IOException e) {
				log.warn("The shipped text of page {} could not be read: {}", page.slug(), e.getMessage());
			}
		}
	}
}
