package nl.alliantie.documents.library;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.conferences.Conferences;
import nl.alliantie.consultations.Consultations;
import nl.alliantie.consultations.MinutesPublished;
import nl.alliantie.lobby.Lobby;
import nl.alliantie.newsletter.Newsletter;

/**
 * The library hears what other modules publish from the moment it listens; what they published
 * before (the Alliantiedagen's reports and photos, minutes, position papers, sent newsletter issues
 * of an installation that ran an older version) it asks their APIs for once, at start-up
 * (docs/adr/0039). Each module is asked in one transaction that ends with a row in
 * {@code documents_catch_up}, under an advisory lock, so two instances starting at once ask once
 * and a module with a row is never asked again. What is listed already is skipped, and every entry
 * is named by its source, so asking again (a row removed by hand) adds nothing twice.
 */
@Component
class CatchUp {

	private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

	/** Items asked for at a time. */
	static final int PAGE = 500;

	/**
	 * One module asked: its items after a key ({@code after}), an item's key, the library's source
	 * name for it, whether it is public now, and how it is listed.
	 */
	private record Source<T>(String module, PageAfter<T> after, ToLongFunction<T> key, Function<T, String> source,
			java.util.function.Predicate<T> published, Consumer<T> list) {
	}

	@FunctionalInterface
	private interface PageAfter<T> {

		List<T> after(long key, int limit);
	}

	private final PublishedElsewhere elsewhere;

	private final DocumentStore store;

	private final Consultations consultations;

	private final Lobby lobby;

	private final Conferences conferences;

	private final Newsletter newsletter;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CatchUp(PublishedElsewhere elsewhere, DocumentStore store, Consultations consultations, Lobby lobby,
			Conferences conferences, Newsletter newsletter, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.elsewhere = elsewhere;
		this.store = store;
		this.consultations = consultations;
		this.lobby = lobby;
		this.conferences = conferences;
		this.newsletter = newsletter;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			int listed = run();
			if (listed > 0) {
				log.info("The document library listed {} publications made before it heard of them", listed);
			}
		}
		catch (RuntimeException e) {
			// asked again at the next start: nothing was recorded for the module that failed
			log.warn("The document library could not ask every module for what it published: {}", e.toString());
		}
	}

	/** Asks every module not asked yet; how many entries it listed. */
	int run() {
		int listed = 0;
		for (Source<?> source : sources()) {
			listed += ask(source);
		}
		return listed;
	}

	private List<Source<?>> sources() {
		return List.of(
				new Source<Consultations.PublicConsultation>("consultations", consultations::after, c -> c.id().value(),
						c -> PublishedElsewhere.minutesSource(c.id().value()), Consultations.PublicConsultation::minutesPublished,
						c -> elsewhere.list(new MinutesPublished(c.id(), c.regionKey()))),
				new Source<>("lobby", lobby::positionPapersAfter, p -> p.meeting(),
						p -> PublishedElsewhere.paperSource(p.meeting()), p -> true, elsewhere::list),
				new Source<>("conferences", conferences::publishedAfter, p -> p.file(),
						p -> p.kind() == nl.alliantie.conferences.PublicationPublished.Kind.PHOTO
								? PublishedElsewhere.photosSource(p.album()) : PublishedElsewhere.fileSource(p.file()),
						p -> true, elsewhere::list),
				new Source<>("newsletter", newsletter::sentAfter, i -> i.issue(),
						i -> PublishedElsewhere.issueSource(i.issue()), i -> true, elsewhere::list));
	}

	private <T> int ask(Source<T> source) {
		Integer listed = transactions.execute(status -> {
			boolean alone = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('documents.catch-up'), hashtext(:module))")
				.param("module", source.module())
				.query(Boolean.class)
				.single());
			if (!alone || jdbc.sql("select count(*) from documents_catch_up where module = :module")
				.param("module", source.module())
				.query(Integer.class)
				.single() > 0) {
				return 0;
			}
			int count = 0;
			long after = 0;
			while (true) {
				List<T> page = source.after().after(after, PAGE);
				List<T> published = page.stream().filter(source.published()).toList();
				Set<String> known = store.listed(published.stream().map(source.source()).collect(Collectors.toSet()));
				for (T item : published) {
					// a photo album is one entry: listed with its first photo
					if (known.add(source.source().apply(item))) {
						source.list().accept(item);
						count++;
					}
				}
				if (page.size() < PAGE) {
					break;
				}
				after = source.key().applyAsLong(page.get(page.size() - 1));
			}
			jdbc.sql("insert into documents_catch_up (module, done_at, listed) values (:module, :at, :listed)")
				.param("module", source.module())
				.param("at", Timestamp.from(clock.instant()))
				.param("listed", count)
				.update();
			return count;
		});
		return listed == null ? 0 : listed;
	}
}
