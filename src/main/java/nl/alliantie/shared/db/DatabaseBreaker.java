package nl.alliantie.shared.db;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

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

	/** The guarded pool (one per application). */
	private volatile @Nullable HikariDataSource guardedPool;

	@Override
	public void setEnvironment(Environment environment) {
		enabled = Binder.get(environment).bind("alliantie.database-breaker", Boolean.class).orElse(true);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (enabled && bean instanceof HikariDataSource pool) {
			guardedPool = pool;
			return new Guarded(pool);
		}
		return bean;
	}

	/** Whether the database is taken as unreachable right now. */
	boolean isOpen() {
		return open.get();
	}

	/**
	 * Answers the 503 page without touching the database: ahead of the session filter (whose
	 * session lives in PostgreSQL), it forwards to {@code /error} while the breaker is open, and when
	 * a request or its error page fails because the database is gone. On that forward nothing asks
	 * for the stored session, so the page can be rendered.
	 */
	final class UnavailablePage extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean errorDispatch = request.getDispatcherType() == DispatcherType.ERROR;
			if (open.get() || errorDispatch && isDatabaseDown((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
				unavailable(request, response);
				return;
			}
			try {
				chain.doFilter(request, response);
			}
			catch (IOException | ServletException | RuntimeException failure) {
				if (!isDatabaseDown(failure) || response.isCommitted()) {
					throw failure;
				}
				response.resetBuffer();
				// a connection the server dropped: from now on answer at once until the probe reaches
				// PostgreSQL again (if it is there after all, the probe closes the breaker at its first try)
				HikariDataSource pool = guardedPool;
				if (pool != null) {
					trip(pool);
				}
				unavailable(request, response);
			}
		}

		private void unavailable(HttpServletRequest request, HttpServletResponse response)
				throws ServletException, IOException {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "5");
			request.getRequestDispatcher("/error").forward(request, response);
		}
	}

	/** Whether {@code failure} comes from a database that cannot be reached. */
	static boolean isDatabaseDown(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof java.net.ConnectException) {
				return true;
			}
			// the rollback after a failure hides the failure (Spring keeps it as the "application
			// exception", not as the cause); a rollback that fails means the connection is gone too
			if (cause instanceof org.springframework.transaction.TransactionSystemException rollback
					&& (rollback.getApplicationException() != null && isDatabaseDown(rollback.getApplicationException())
							|| rollback.getCause() instanceof java.sql.SQLException)) {
				return true;
			}
			// a pooled connection the server dropped: "connection exception" (08…, e.g. Hikari's 08003
			// "Connection is closed") or the server shutting down (57P01-57P03)
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

	@Configuration(proxyBeanMethods = false)
	static class UnavailablePageConfiguration {

		@Bean
		FilterRegistrationBean<UnavailablePage> databaseUnavailablePage(DatabaseBreaker breaker) {
			FilterRegistrationBean<UnavailablePage> registration = new FilterRegistrationBean<>(breaker.new UnavailablePage());
			// before Spring Session's filter (Integer.MIN_VALUE + 50), whose session is in the database
			registration.setOrder(Integer.MIN_VALUE + 20);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			return registration;
		}
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
		// while nobody asks the pool, it stops trying to connect (it would back off to 5 s between
		// tries and so answer late once the database is back); the probe below tries instead
		int minimumIdle = pool.getHikariConfigMXBean().getMinimumIdle();
		pool.getHikariConfigMXBean().setMinimumIdle(0);
		Thread probe = new Thread(() -> probeUntilBack(pool, minimumIdle), "database-breaker-probe");
		probe.setDaemon(true);
		probe.start();
	}

	private void probeUntilBack(HikariDataSource pool, int minimumIdle) {
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
					pool.getHikariConfigMXBean().setMinimumIdle(minimumIdle);
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
