package nl.alliantie.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;

import nl.alliantie.shared.db.VisitorStatementLimit;
import nl.alliantie.shared.pdf.PdfBusyException;

/**
 * Friendly pages for every error, in the visitor's language; never a stack trace. A database that
 * cannot be reached gives 503 with a page that says so.
 */
@Controller
public class ErrorPages implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	/** Set on a request whose statement was stopped by the visitors' statement limit. */
	static final String BUSY = ErrorPages.class.getName() + ".busy";

	/** What the error page shows. */
	public record ErrorPage(int status, String key) {
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value ? value : 500;
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		String key;
		if (request.getAttribute(BUSY) != null || failure != null && VisitorStatementLimit.stoppedByLimit(failure)) {
			status = 503;
			key = "site.error.busy";
		}
		else {
			if (failure != null && isDatabaseDown(failure)) {
				status = 503;
			}
			key = keyFor(status);
		}
		response.setStatus(status);
		model.addAttribute("page", new ErrorPage(status, key));
		return "site/error";
	}

	static String keyFor(int status) {
		return switch (status) {
			case 400, 403, 404, 405, 413, 503 -> "site.error." + status;
			default -> status >= 500 ? "site.error.500" : "site.error.400";
		};
	}

	static boolean isDatabaseDown(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.net.ConnectException) {
				return true;
			}
		}
		return false;
	}

	/** Database failures thrown by controllers become the 503 page. */
	@ControllerAdvice
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class DatabaseUnavailable {

		@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
				TransientDataAccessResourceException.class, QueryTimeoutException.class })
		void unavailable(Exception failure, HttpServletRequest request, HttpServletResponse response)
				throws java.io.IOException {
			if (VisitorStatementLimit.stoppedByLimit(failure)) {
				// one line, no stack trace: a visitor can cause this as often as they like
				log.warn("Te zware vraag gestopt na de tijdslimiet: {} {}", request.getMethod(), request.getRequestURI());
				request.setAttribute(BUSY, true);
				response.setHeader("Retry-After", "60");
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
				return;
			}
			log.error("Database niet bereikbaar: {}", failure.getMessage());
			response.setHeader("Retry-After", "30");
			// The container forwards to /error, which renders the page with the visitor's language.
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	/** Every PDF builder was busy for as long as a visitor waits: the busy page, not an error. */
	@ControllerAdvice
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class PdfBusy {

		@ExceptionHandler(PdfBusyException.class)
		void busy(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
			log.warn("Alle PDF-bouwers bezig: {} {}", request.getMethod(), request.getRequestURI());
			request.setAttribute(BUSY, true);
			response.setHeader("Retry-After", "10");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}
}
