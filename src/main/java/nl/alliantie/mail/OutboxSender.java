package nl.alliantie.mail;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import nl.alliantie.mail.OutboxStore.OutboxMail;

/**
 * Delivers due mails from the outbox: claims a batch, sends it over one SMTP connection at the
 * configured rate and marks each mail right after the server accepted it. A kill at any moment
 * therefore leaves at most the one mail per connection that was accepted but not yet marked; it
 * goes out once more when its claim runs out, with the same Message-ID.
 */
class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxStore store;

	private final SmtpDelivery smtp;

	private final OutboxProperties settings;

	private final String claimer;

	private final long pauseNanos;

	private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());

	/** Rounds take the read lock; {@link #hold()} takes the write lock to keep them out. */
	private final ReentrantReadWriteLock rounds = new ReentrantReadWriteLock();

	private final List<Semaphore> wakeUps = new ArrayList<>();

	private final List<Thread> workers = new ArrayList<>();

	private final Counter sent;

	private final Counter retried;

	private final Counter failed;

	private volatile boolean running;

	private volatile boolean stopping;

	OutboxSender(OutboxStore store, SmtpDelivery smtp, OutboxProperties settings, MeterRegistry meters) {
		this.store = store;
		this.smtp = smtp;
		this.settings = settings;
		this.claimer = instanceName();
		this.pauseNanos = settings.ratePerMinute() == 0 ? 0 : 60_000_000_000L / settings.ratePerMinute();
		this.sent = meters.counter("alliantie.mail.sent");
		this.retried = meters.counter("alliantie.mail.retried");
		this.failed = meters.counter("alliantie.mail.failed");
	}

	/** Wakes the sending threads: a transaction with mail was committed. */
	void nudge() {
		for (Semaphore wakeUp : wakeUps) {
			if (wakeUp.availablePermits() == 0) {
				wakeUp.release();
			}
		}
	}

	/**
	 * Sends due mails until none are left or the mail server cannot be reached.
	 *
	 * @return the number of mails tried
	 */
	int deliverDue() {
		Lock round = rounds.readLock();
		if (!round.tryLock()) {
			return 0;
		}
		try {
			int tried = 0;
			while (!stopping) {
				List<OutboxMail> batch = store.claim(settings.claimSize(), settings.lease(), claimer);
				if (batch.isEmpty()) {
					break;
				}
				Outcome outcome = deliver(batch);
				tried += outcome.tried();
				if (outcome.serverGone()) {
					break;
				}
			}
			return tried;
		}
		finally {
			round.unlock();
		}
	}

	private record Outcome(int tried, boolean serverGone) {
	}

	private Outcome deliver(List<OutboxMail> batch) {
		long claimedAt = System.nanoTime();
		// stop well before the claim runs out, so that no other instance takes a mail this one still sends
		long mayStartUntil = claimedAt + settings.lease().toNanos() * 3 / 4;
		Transport transport = null;
		int tried = 0;
		try {
			for (int i = 0; i < batch.size(); i++) {
				OutboxMail mail = batch.get(i);
				if (stopping || System.nanoTime() > mayStartUntil) {
					store.release(batch.subList(i, batch.size()).stream().map(OutboxMail::id).toList());
					return new Outcome(tried, false);
				}
				waitForSlot();
				tried++;
				try {
					// no isConnected(): it costs a NOOP round trip per mail; a broken connection shows as a failure
					if (transport == null) {
						transport = smtp.connect();
					}
					smtp.send(transport, mail);
				}
				catch (MessagingException | RuntimeException problem) {
					SmtpDelivery.Failure failure = SmtpDelivery.classify(problem);
					transport = close(transport);
					if (!failure.connectionLost()) {
						record(mail, failure);
						continue;
					}
					// the server is unreachable: the rest of the batch waits as long as this mail
					for (OutboxMail waiting : batch.subList(i, batch.size())) {
						record(waiting, failure);
					}
					return new Outcome(tried, true);
				}
				store.markSent(mail.id());
				sent.increment();
			}
			return new Outcome(tried, false);
		}
		finally {
			close(transport);
		}
	}

	private void record(OutboxMail mail, SmtpDelivery.Failure failure) {
		if (failure.permanent() || mail.attempts() >= settings.maxAttempts()) {
			String reason = failure.permanent() ? failure.reason()
					: "Na " + mail.attempts() + " pogingen opgegeven: " + failure.reason();
			store.markFailed(mail.id(), reason);
			failed.increment();
			log.warn("Mail {} aan {} niet verstuurd: {}", mail.id(), mail.recipient(), reason);
		}
		else {
			Duration wait = settings.backoff(mail.attempts());
			store.markRetry(mail.id(), wait, failure.reason());
			retried.increment();
			log.info("Mail {} aan {} over {} opnieuw: {}", mail.id(), mail.recipient(), wait, failure.reason());
		}
	}

	/** Spaces mails evenly at the configured rate, shared by all connections of this instance. */
	private void waitForSlot() {
		if (pauseNanos == 0) {
			return;
		}
		long slot = nextSlot.getAndUpdate(next -> Math.max(next, System.nanoTime()) + pauseNanos);
		long wait = slot - System.nanoTime();
		if (wait > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static @Nullable Transport close(@Nullable Transport transport) {
		if (transport != null) {
			try {
				transport.close();
			}
			catch (MessagingException e) {
				// the connection is gone either way
			}
		}
		return null;
	}

	/**
	 * Keeps this instance's sending threads idle until the returned handle is closed; for tests
	 * that drive a sender of their own.
	 */
	AutoCloseable hold() {
		Lock all = rounds.writeLock();
		all.lock();
		return all::unlock;
	}

	@Override
	public void start() {
		stopping = false;
		running = true;
		for (int i = 0; i < settings.connections(); i++) {
			Semaphore wakeUp = new Semaphore(0);
			wakeUps.add(wakeUp);
			workers.add(Thread.ofPlatform().name("mail-sender-" + (i + 1)).daemon().start(() -> work(wakeUp)));
		}
		log.info("Mail-verzender {} gestart: {} verbinding(en), {} per minuut", claimer, settings.connections(),
				settings.ratePerMinute() == 0 ? "onbeperkt" : settings.ratePerMinute());
	}

	private void work(Semaphore wakeUp) {
		while (!stopping) {
			try {
				deliverDue();
			}
			catch (RuntimeException problem) {
				log.warn("Mail-verzender: {}", problem.getMessage());
			}
			try {
				wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				wakeUp.drainPermits();
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	@Override
	public void stop() {
		stopping = true;
		nudge();
		for (Thread worker : workers) {
			try {
				worker.join(Duration.ofSeconds(30));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		workers.clear();
		wakeUps.clear();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException e) {
			host = "?";
		}
		return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}
}
