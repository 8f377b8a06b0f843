package nl.alliantie.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.demo.DemoDataStatus;

/** Puts the {@link Ui} into the model of every page. */
@ControllerAdvice
class UiAdvice {

	private final MessageSource messages;

	private final List<NavItem> navigation;

	private final AlliantieProperties properties;

	private final DemoDataStatus demoData;

	private final List<SiteLinks> links;

	UiAdvice(MessageSource messages, List<NavItem> navigation, AlliantieProperties properties,
			DemoDataStatus demoData, org.springframework.beans.factory.ObjectProvider<SiteLinks> links) {
		this.links = links.orderedStream().toList();
		this.messages = new CachedTexts(messages);
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.properties = properties;
		this.demoData = demoData;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		return Uis.of(request, messages, navigation, properties.name(), demoData.loaded(), links);
	}
}
