package nl.alliantie.newsletter.editorial;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.network.PersonErased;

/** A correspondent erased from the network: their pieces stay, without their name or address. */
@Component
class WriterErasure {

	private final Articles articles;

	WriterErasure(Articles articles) {
		this.articles = articles;
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		articles.anonymiseWriter(erased.person().value());
	}
}
