package nl.alliantie.site;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PersonalAdminLinks;

@Controller
class HomeController {

	private final List<AdminLink> adminLinks;

	private final List<PersonalAdminLinks> personalLinks;

	HomeController(List<AdminLink> adminLinks, List<PersonalAdminLinks> personalLinks) {
		this.adminLinks = adminLinks.stream().sorted(Comparator.comparingInt(AdminLink::order)).toList();
		this.personalLinks = personalLinks;
	}

	@GetMapping("/")
	String home() {
		return "site/home";
	}

	/** The start page: the tiles of the viewer's own things first, then those of their roles. */
	@GetMapping("/beheer")
	String admin(Model model, Locale locale) {
		model.addAttribute("links", adminLinks);
		model.addAttribute("personal", personalLinks.stream().flatMap(links -> links.forCurrentViewer(locale).stream())
			.toList());
		return "site/admin";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem homeNavItem() {
			return NavItem.everyone("site.nav.home", "/", 0);
		}

		@Bean
		NavItem adminNavItem() {
			return NavItem.loggedIn("site.nav.admin", "/beheer", 1000);
		}
	}
}
