package nl.alliantie.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * When PostgreSQL cannot be reached, every page answers the 503 page at once instead of each
 * request waiting for a connection that will not come (issue 18 item 14).
 * <p>
 * The first request that gets no connection because the pool cannot connect (it gives up after
 * {@code spring.datasource.hikari.connection-timeout}, 3 s; a pool that is only busy does not
 * count) opens the breaker; while it is open, asking
 * for a connection fails at once with {@link SQLTransientConnectionException}, which the error pages
 * show as the Dutch 503 page. One thread then tries a plain connection every
 * {@value #PROBE_MILLIS} ms and closes the breaker as soon as PostgreSQL answers again, so pages work
 * within a second of its return (the pool drops its dead connections when it hands them out).
 * Nothing is kept in memory meanwhile: what was committed is in PostgreSQL, what was not is
 * reported to the visitor as not saved.
 */
@Component
class DatabaseBreaker implements BeanPostProcessor, EnvironmentAware {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBreaker.class);

	static final long PROBE_MILLIS = 500;

	private final AtomicBoolean open = new AtomicBoolean();

	private volatile boolean enabled = true;

	@Override
	public void setEnvironment(Environment environment) {
		enabled = Binder.get(environment).bind("alliantie.database-breaker", Boolean.class).orElse(true);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (enabled && bean instanceof HikariDataSource pool) {
			return new Guarded(pool);
		}
		return bean;
	}

	/** Whether the database is taken as unreachable right now. */
	boolean isOpen() {
		return open.get();
	}

	private final class Guarded extends DelegatingDataSource {

		private final HikariDataSource pool;

		Guarded(HikariDataSource pool) {
			super(pool);
			this.pool = pool;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (open.get()) {
				throw new SQLTransientConnectionException("De database is niet bereikbaar", "08001");
			}
			try {
				return pool.getConnection();
			}
			catch (SQLTransientConnectionException timedOut) {
				// with a cause the pool could not connect; without one all its connections were busy
				if (timedOut.getCause() != null) {
					trip(pool);
				}
				throw timedOut;
			}
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}
	}

	private void trip(HikariDataSource pool) {
		if (!open.compareAndSet(false, true)) {
			return;
		}
		log.error("De database is niet bereikbaar: pagina's antwoorden 503 tot ze weer reageert");
		Thread probe = new Thread(() -> probeUntilBack(pool), "database-breaker-probe");
		probe.setDaemon(true);
		probe.start();
	}

	private void probeUntilBack(HikariDataSource pool) {
		long started = System.nanoTime();
		Properties login = new Properties();
		if (pool.getUsername() != null) {
			login.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			login.setProperty("password", pool.getPassword());
		}
		login.setProperty("connectTimeout", "2");
		login.setProperty("socketTimeout", "2");
		while (open.get()) {
			if (pool.isClosed()) {
				return;
			}
			try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), login)) {
				if (connection.isValid(2)) {
					open.set(false);
					log.warn("De database is weer bereikbaar (na {} s)",
							Duration.ofNanos(System.nanoTime() - started).toSeconds());
					return;
				}
			}
			catch (SQLException stillDown) {
				// try again shortly
			}
			try {
				Thread.sleep(PROBE_MILLIS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
