package nl.alliantie;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form as a page serves it: exactly the fields it has, with the values it shows, so a test
 * submits what a browser would (a field the template lacks is not sent, as with a real visitor).
 */
public final class ServedForm {

	private final String action;

	private final Map<String, String> values;

	private ServedForm(String action, Map<String, String> values) {
		this.action = action;
		this.values = values;
	}

	/** The form posting to {@code action} on the page {@code html}. */
	public static ServedForm in(String html, String action) {
		Element form = Jsoup.parse(html).selectFirst("form[action=" + action + "]");
		assertThat(form).as("a form posting to %s", action).isNotNull();
		Map<String, String> values = new LinkedHashMap<>();
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			switch (field.tagName()) {
				case "textarea" -> values.put(name, field.wholeText());
				case "select" -> {
					Element selected = field.selectFirst("option[selected]");
					if (selected == null) {
						selected = field.selectFirst("option");
					}
					values.put(name, selected == null ? "" : selected.attr("value"));
				}
				default -> {
					String type = field.attr("type");
					if ((type.equals("radio") || type.equals("checkbox")) && !field.hasAttr("checked")) {
						values.putIfAbsent(name, null);
					}
					else {
						values.put(name, field.attr("value"));
					}
				}
			}
		}
		return new ServedForm(action, values);
	}

	/** Fills a field the form has; fails when it has no such field. */
	public ServedForm with(String name, String value) {
		assertThat(values).as("the served form has a field %s", name).containsKey(name);
		values.put(name, value);
		return this;
	}

	public boolean has(String name) {
		return values.containsKey(name);
	}

	/** The POST a browser would send (the CSRF token is the page's own hidden field, if any). */
	public MockHttpServletRequestBuilder post() {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(action);
		values.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}
}
