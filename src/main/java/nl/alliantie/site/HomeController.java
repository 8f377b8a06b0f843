package nl.alliantie.site;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.alliantie.news.News;
import nl.alliantie.newsletter.Newsletter;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PersonalAdminLinks;

@Controller
class HomeController {

	private final List<AdminLink> adminLinks;

	private final List<PersonalAdminLinks> personalLinks;

	private final News news;

	private final Newsletter newsletter;

	HomeController(List<AdminLink> adminLinks, List<PersonalAdminLinks> personalLinks, News news, Newsletter newsletter) {
		this.adminLinks = adminLinks.stream().sorted(Comparator.comparingInt(AdminLink::order)).toList();
		this.personalLinks = personalLinks;
		this.news = news;
		this.newsletter = newsletter;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("news", news.latest(3));
		model.addAttribute("latestIssue", newsletter.latest().orElse(null));
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
