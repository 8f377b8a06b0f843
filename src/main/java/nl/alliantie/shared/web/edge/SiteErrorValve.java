package nl.alliantie.shared.web.edge;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The page Tomcat itself answers with when a request never reaches the application: a path with
 * {@code %00}, a request line or header that is too long, a broken request. Instead of Tomcat's
 * English "HTTP Status 400" it is the site's own error page (same styles, Dutch first, English
 * below), with no server details. Errors inside the application still go to {@code /error}.
 */
final class SiteErrorValve extends ErrorReportValve {

	private final String siteName;

	private final String[] dutch;

	private final String[] english;

	/** {@code dutch} and {@code english}: title, text, link home, the label before the code. */
	SiteErrorValve(String siteName, String[] dutch, String[] english) {
		this.siteName = siteName;
		this.dutch = dutch;
		this.english = english;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("Content-Language", "nl");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the connection is gone or the response could not be written: nothing more to do
		}
	}

	String page(int status) {
		String name = HtmlUtils.htmlEscape(siteName);
		return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
				+ HtmlUtils.htmlEscape(dutch[0]) + " · " + name + "</title>\n"
				+ "<link rel=\"stylesheet\" href=\"/css/alliantie.css\">\n<link rel=\"icon\" href=\"/favicon.ico\">\n"
				+ "</head>\n<body>\n<header class=\"site-header\"><div class=\"wrap header-bar\"><a class=\"brand\" href=\"/\">"
				+ name + "</a></div></header>\n<main id=\"inhoud\" class=\"wrap\">\n" + section(dutch, status, null)
				+ section(english, status, "en") + "</main>\n</body>\n</html>\n";
	}

	private static String section(String[] texts, int status, @Nullable String lang) {
		String heading = lang == null ? "h1" : "h2";
		return "<section" + (lang == null ? "" : " lang=\"" + lang + "\"") + ">\n<" + heading + ">"
				+ HtmlUtils.htmlEscape(texts[0]) + "</" + heading + ">\n<p class=\"lead\">" + HtmlUtils.htmlEscape(texts[1])
				+ "</p>\n<p><a href=\"/\">" + HtmlUtils.htmlEscape(texts[2]) + "</a></p>\n<p class=\"muted\">"
				+ HtmlUtils.htmlEscape(texts[3]) + " " + status + "</p>\n</section>\n";
	}
}
