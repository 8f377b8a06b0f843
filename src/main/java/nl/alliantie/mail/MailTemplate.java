package nl.alliantie.mail;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mail for many recipients (a newsletter issue): subject, text, optional HTML and headers, with
 * places {@code {{name}}} that are filled in per recipient when the mail is sent (for example the
 * recipient's own unsubscribe link). In the HTML part the values are escaped; in headers and text
 * they are written as given (a value with a line break is refused).
 */
public record MailTemplate(String subject, String text, String html, Map<String, String> headers) {

	static final Pattern PLACE = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9_-]{0,40})\\}\\}");

	public MailTemplate {
		if (subject == null || subject.isBlank() || text == null) {
			throw new IllegalArgumentException("A mail needs a subject and a text");
		}
		headers = MailMessage.checked(headers);
	}

	/** The names of the places to fill in. */
	public Set<String> places() {
		Set<String> names = new TreeSet<>();
		collect(subject, names);
		collect(text, names);
		collect(html, names);
		headers.values().forEach(value -> collect(value, names));
		return names;
	}

	private static void collect(String text, Set<String> names) {
		if (text != null) {
			Matcher matcher = PLACE.matcher(text);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
	}

	/** {@code text} with its places filled in from {@code values}, HTML-escaped when {@code html}. */
	static String fill(String text, Map<String, String> values, boolean html) {
		if (text == null || text.indexOf("{{") < 0) {
			return text;
		}
		Matcher matcher = PLACE.matcher(text);
		StringBuilder filled = new StringBuilder(text.length() + 128);
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			matcher.appendReplacement(filled, Matcher.quoteReplacement(html ? escape(value) : value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (char c : value.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** One recipient of a mail to many, with the values for the template's places. */
	public record Recipient(String address, Map<String, String> values) {

		public Recipient {
			if (address == null || address.isBlank()) {
				throw new IllegalArgumentException("A recipient needs an address");
			}
			address = address.trim();
			values = values == null ? Map.of() : Map.copyOf(values);
			values.forEach((name, value) -> {
				if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
					throw new IllegalArgumentException("The value of " + name + " must be on one line");
				}
			});
		}
	}

	/** How far a mail to many has come. {@code held}: waiting because the send is paused. */
	public record Progress(long pending, long held, long sent, long failed) {

		public long total() {
			return pending + held + sent + failed;
		}

		public boolean done() {
			return pending == 0 && held == 0;
		}
	}
}
