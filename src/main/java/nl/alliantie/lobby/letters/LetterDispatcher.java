package nl.alliantie.lobby.letters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.mail.MailAttachment;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;

/**
 * Sends the letters whose moment has come: each worker claims one letter row (skipping rows
 * another worker or instance holds), makes its PDF and queues the mail to the griffie with the PDF
 * attached, and marks the row queued, all in one transaction. The row exists once per municipality
 * and campaign and the outbox queues one mail per key, so a letter goes out once however often
 * sending is started, and a crash in between leaves the row waiting for the next worker.
 */
@Component
class LetterDispatcher {

	private static final Logger log = LoggerFactory.getLogger(LetterDispatcher.class);

	/** A letter whose PDF could not be made waits this long before it is tried again; the rest go on. */
	static final Duration BACK_OFF = Duration.ofMinutes(10);

	private final LetterStore store;

	private final Letters letters;

	private final LetterDocuments documents;

	private final Campaigns campaigns;

	private final Outbox outbox;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int workers;

	private final ExecutorService pool;

	private final AtomicInteger running = new AtomicInteger();

	LetterDispatcher(LetterStore store, Letters letters, LetterDocuments documents, Campaigns campaigns, Outbox outbox,
			MessageSource messages, TransactionTemplate transactions, Clock clock,
			@Value("${alliantie.lobby.send-workers:2}") int workers) {
		this.store = store;
		this.letters = letters;
		this.documents = documents;
		this.campaigns = campaigns;
		this.outbox = outbox;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
		this.workers = Math.max(1, workers);
		this.pool = Executors.newFixedThreadPool(this.workers, Thread.ofPlatform().name("lobby-letters-", 0).daemon().factory());
	}

	@Scheduled(fixedDelayString = "${alliantie.lobby.send-check-every:PT10S}", initialDelay = 10_000)
	void tick() {
		if (running.get() == 0 && store.anyDue(clock.instant())) {
			nudge();
		}
	}

	/** Starts workers up to the limit; each stops when no letter is due. */
	void nudge() {
		while (true) {
			int now = running.get();
			if (now >= workers) {
				return;
			}
			if (running.compareAndSet(now, now + 1)) {
				pool.execute(this::drain);
			}
		}
	}

	private void drain() {
		try {
			while (sendOne()) {
				// next letter
			}
		}
		catch (RuntimeException e) {
			log.error("Sending council letters stopped; the next check goes on", e);
		}
		finally {
			running.decrementAndGet();
		}
	}

	/** Sends one due letter; false when none is due. */
	boolean sendOne() {
		Instant now = clock.instant();
		LetterStore.Claimed[] failed = new LetterStore.Claimed[1];
		Boolean sent = transactions.execute(status -> {
			var claimed = store.claimNext(now);
			if (claimed.isEmpty()) {
				return false;
			}
			LetterStore.Claimed letter = claimed.get();
			try {
				Campaign campaign = campaigns.find(letter.campaignId()).orElseThrow();
				Letter composed = letters.of(campaign, letter.municipality()).orElseThrow();
				byte[] pdf = documents.pdf(composed);
				String subject = messages.getMessage("lobby.letter.mail.subject",
						new Object[] { campaign.year(), letter.municipality(), composed.sender() }, LetterDocuments.DUTCH);
				String text = messages.getMessage("lobby.letter.mail.text",
						new Object[] { letter.municipality(), campaign.title(), composed.sender(), composed.reference() },
						LetterDocuments.DUTCH);
				outbox.queue(new MailKey("lobby-letter", letter.campaignId() + ":" + letter.municipality(), letter.griffieEmail()),
						new MailMessage(letter.griffieEmail(), subject, text)
							.with(new MailAttachment(composed.fileName(), "application/pdf", pdf)));
				store.markQueued(letter, now);
				return true;
			}
			catch (RuntimeException e) {
				log.error("The letter to {} (campaign {}) could not be made; tried again in {}", letter.municipality(),
						letter.campaignId(), BACK_OFF, e);
				failed[0] = letter;
				status.setRollbackOnly();
				return true;
			}
		});
		if (failed[0] != null) {
			transactions.executeWithoutResult(status -> store.postpone(failed[0], now.plus(BACK_OFF)));
		}
		return Boolean.TRUE.equals(sent);
	}

	Instant now() {
		return clock.instant();
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}
}
