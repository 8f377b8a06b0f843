package nl.alliantie.shared.db;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's {@code LISTEN}/{@code NOTIFY} for what is kept in memory: a trigger notifies a
 * channel when a table changes (delivered only after commit, to every instance on the database),
 * and whoever registered for that channel drops what it kept. One connection listens; when it is
 * lost, every listener is told (a change may have been missed) and it connects again.
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);

	/** A listening connection goes back to the pool now and then, so the pool can renew it. */
	static final Duration RENEW = Duration.ofMinutes(10);

	private final DataSource dataSource;

	private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();

	private volatile boolean running;

	private volatile boolean listening;

	private volatile boolean channelsChanged;

	private @Nullable Thread thread;

	DatabaseNotifications(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Runs {@code changed} after every committed change notified on {@code channel} (and when one may have been missed). */
	public void listen(String channel, Runnable changed) {
		if (!channel.matches("[a-z_]+")) {
			throw new IllegalArgumentException("A channel is lower case letters and underscores: " + channel);
		}
		boolean known = listeners.containsKey(channel);
		listeners.computeIfAbsent(channel, any -> new CopyOnWriteArrayList<>()).add(changed);
		if (!known) {
			// LISTEN to the new channel: connect again (which tells everyone, as after any gap)
			channelsChanged = true;
		}
	}

	/** Whether a connection listens now (until then, keep nothing in memory that a change could make wrong). */
	public boolean listening() {
		return listening;
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().daemon().name("database-notifications").start(this::run);
	}

	@Override
	public void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(3));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before the connection pool closes, starts after it is there. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

	private void run() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				channelsChanged = false;
				try (Statement statement = connection.createStatement()) {
					for (String channel : listeners.keySet()) {
						statement.execute("LISTEN " + channel);
					}
				}
				listening = true;
				everyone();
				PGConnection pg = connection.unwrap(PGConnection.class);
				long until = System.nanoTime() + RENEW.toNanos();
				while (running && !channelsChanged && System.nanoTime() - until < 0) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							tell(notification.getName());
						}
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					log.warn("Luisteren naar wijzigingen in de database onderbroken: {}", e.getMessage());
				}
				pause();
			}
			finally {
				listening = false;
				everyone();
			}
		}
	}

	private void tell(String channel) {
		listeners.getOrDefault(channel, List.of()).forEach(DatabaseNotifications::run);
	}

	private void everyone() {
		listeners.values().forEach(list -> list.forEach(DatabaseNotifications::run));
	}

	private static void run(Runnable listener) {
		try {
			listener.run();
		}
		catch (RuntimeException e) {
			log.warn("Een luisteraar naar databasewijzigingen faalde", e);
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
