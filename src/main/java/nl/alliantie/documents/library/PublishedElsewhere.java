package nl.alliantie.documents.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.conferences.PublicationPublished;
import nl.alliantie.consultations.Consultations;
import nl.alliantie.consultations.MinutesPublished;
import nl.alliantie.documents.DocumentKind;
import nl.alliantie.lobby.PositionPaperPublished;
import nl.alliantie.lobby.PositionPaperWithdrawn;
import nl.alliantie.network.Network;
import nl.alliantie.newsletter.IssueSent;
import nl.alliantie.shared.time.DutchTime;

/**
 * What other modules publish, listed in the library with a link to where it lives (no copy of its
 * content). Each publication is one row named by its source, so every listener may run twice.
 */
@Component
class PublishedElsewhere {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"));

	private final DocumentStore store;

	private final Consultations consultations;

	private final Network network;

	PublishedElsewhere(DocumentStore store, Consultations consultations, Network network) {
		this.store = store;
		this.consultations = consultations;
		this.network = network;
	}

	static String minutesSource(long consultation) {
		return "consultations.minutes:" + consultation;
	}

	static String paperSource(long meeting) {
		return "lobby.position-paper:" + meeting;
	}

	@ApplicationModuleListener
	void on(MinutesPublished published) {
		consultations.consultation(published.consultation()).ifPresent(consultation -> {
			LocalDate held = consultation.startsAt().atZone(DutchTime.ZONE).toLocalDate();
			String region = network.regionName(consultation.regionKey()).orElse(consultation.regionKey());
			store.listElsewhere(minutesSource(consultation.id().value()), DocumentKind.MINUTES, held.getYear(),
					"Verslag regio-overleg " + region + ", " + DATE.format(held),
					"Het openbare verslag van het regio-overleg " + region + (consultation.venue() == null
							|| consultation.venue().isBlank() ? "" : " in " + consultation.venue()) + " op "
							+ DATE.format(held) + ": besluiten en actiepunten.",
					"/regio-overleggen/" + consultation.id().value());
		});
	}

	@ApplicationModuleListener
	void on(PositionPaperPublished published) {
		store.listElsewhere(paperSource(published.meeting()), DocumentKind.POSITION_PAPER, published.heldOn().getYear(),
				cut("Positiepapier: " + published.title(), 200),
				"Het positiepapier van de alliantie voor het overleg met de staatssecretaris op "
						+ DATE.format(published.heldOn()) + ", met de signalen en raadsreacties waar het op steunt.",
				published.href());
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * A report or presentation of the Alliantiedagen or of a one-off event is listed by itself,
	 * linking to the file; photos once per album (an edition, an event), linking to its page.
	 */
	@ApplicationModuleListener
	void on(PublicationPublished published) {
		if (published.kind() == PublicationPublished.Kind.PHOTO) {
			store.listElsewhere(photosSource(published.album()), DocumentKind.PHOTO, published.year(),
					cut("Foto's: " + published.albumTitle(), 200), "Foto's van " + published.albumTitle() + ".",
					published.albumHref());
			return;
		}
		boolean report = published.kind() == PublicationPublished.Kind.REPORT;
		store.listElsewhere(fileSource(published.file()), report ? DocumentKind.MINUTES : DocumentKind.PRESENTATION,
				published.year(), cut(published.title(), 200),
				(report ? "Verslag van " : "Presentatie op ") + published.about() + ".", published.href());
	}

	/** A sent newsletter issue, linking to it in the archive. */
	@ApplicationModuleListener
	void on(IssueSent sent) {
		store.listElsewhere(issueSource(sent.issue()), DocumentKind.NEWSLETTER, sent.year(),
				cut("Nieuwsbrief " + sent.number() + "/" + sent.year() + ": " + sent.theme(), 200),
				"Nummer " + sent.number() + " van " + sent.year() + " over " + sent.theme() + ", verstuurd op "
						+ DATE.format(sent.sentOn()) + ".",
				sent.path());
	}

	static String fileSource(long file) {
		return "conferences.file:" + file;
	}

	static String photosSource(String album) {
		return "conferences.photos:" + album;
	}

	static String issueSource(long issue) {
		return "newsletter.issue:" + issue;
	}

	@ApplicationModuleListener
	void on(PositionPaperWithdrawn withdrawn) {
		store.unlist(paperSource(withdrawn.meeting()));
	}
}
