package nl.alliantie.shared.db;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Visitors' requests run under a statement timeout (issue 19): whatever a visitor without a login
 * sends (a page number, a date range, a long query), no statement of their request runs longer
 * than {@code alliantie.web.visitor-statement-timeout} (1 s). The pages bound their parameters so
 * that this never happens (a test walks every public route with extreme parameters); the limit is
 * the net under that, so that one slow plan cannot keep both cores of a small server busy. A
 * statement stopped by it fails with SQLState 57014, which the error pages show as a Dutch 503 page
 * that asks to narrow the search ({@code site.error.busy}).
 * <p>
 * The limit is set per statement ({@link Statement#setQueryTimeout}, whole seconds, through the one
 * {@link JdbcTemplate} that {@code JdbcClient} and the event registry use), not per connection, so
 * the secretariat's work, imports, sends and scheduled jobs are not limited. It replaces Spring
 * Boot's own {@code JdbcTemplate} bean (no {@code spring.jdbc.template.*} setting is used).
 */
@Configuration(proxyBeanMethods = false)
public class VisitorStatementLimit implements WebMvcConfigurer {

	private static final ThreadLocal<Integer> SECONDS = new ThreadLocal<>();

	private final int seconds;

	VisitorStatementLimit(@Value("${alliantie.web.visitor-statement-timeout:1s}") Duration limit) {
		this.seconds = (int) Math.max(1, (limit.toMillis() + 999) / 1000);
	}

	@Bean
	JdbcTemplate jdbcTemplate(DataSource dataSource) {
		return new Limited(dataSource);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (isVisitor(SecurityContextHolder.getContext().getAuthentication())) {
					SECONDS.set(seconds);
				}
				return true;
			}

			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					@Nullable Exception failure) {
				SECONDS.remove();
			}
		});
	}

	/** Runs {@code work} with its statements limited to {@code limit} (whole seconds), as a visitor's request is. */
	public static <T> T limited(Duration limit, Supplier<T> work) {
		Integer before = SECONDS.get();
		SECONDS.set((int) Math.max(1, (limit.toMillis() + 999) / 1000));
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				SECONDS.remove();
			}
			else {
				SECONDS.set(before);
			}
		}
	}

	static boolean isVisitor(@Nullable Authentication authentication) {
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

	/** Whether {@code failure} is a statement that this limit (or any statement timeout) stopped. */
	public static boolean stoppedByLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof java.sql.SQLTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** The one JdbcTemplate: as Spring Boot's, plus the visitor's limit on each statement (and its count, {@link StatementCount}). */
	static final class Limited extends JdbcTemplate {

		Limited(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		protected void applyStatementSettings(Statement statement) throws SQLException {
			super.applyStatementSettings(statement);
			StatementCount.counted();
			Integer limit = SECONDS.get();
			if (limit != null && (statement.getQueryTimeout() == 0 || statement.getQueryTimeout() > limit)) {
				statement.setQueryTimeout(limit);
			}
		}
	}
}
