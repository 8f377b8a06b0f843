package nl.alliantie.newsletter.editorial;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.demo.DemoDataStatus;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.Uis;

/**
 * A step the editorial rules refuse (a stale page, a second click, an issue sent meanwhile): 409
 * with the page that says why, for every page of the newsletter. An exception handler gets a
 * model of its own, without what {@code @ModelAttribute} methods add, so it builds the page's
 * {@code ui} itself, as the error pages do.
 */
@ControllerAdvice(basePackages = "nl.alliantie.newsletter")
public class Refusals {

	/** What the refusal page shows. */
	public record Refused(String reason) {
	}

	private final MessageSource messages;

	private final List<NavItem> navigation;

	private final AlliantieProperties properties;

	private final DemoDataStatus demoData;

	Refusals(MessageSource messages, List<NavItem> navigation, AlliantieProperties properties, DemoDataStatus demoData) {
		this.messages = messages;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.properties = properties;
		this.demoData = demoData;
	}

	@ExceptionHandler(EditorialRuleBroken.class)
	String refused(EditorialRuleBroken broken, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("ui", Uis.of(request, messages, navigation, properties.name(), demoData.loaded()));
		model.addAttribute("page", new Refused(messages.getMessage(broken.messageKey(), null, locale)));
		return "newsletter/refused";
	}
}
