package nl.alliantie.site;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.alliantie.news.News;
import nl.alliantie.newsletter.Newsletter;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;

@Controller
class HomeController {

	private final List<AdminLink> adminLinks;

	private final News news;

	private final Newsletter newsletter;

	HomeController(List<AdminLink> adminLinks, News news, Newsletter newsletter) {
		this.adminLinks = adminLinks.stream().sorted(Comparator.comparingInt(AdminLink::order)).toList();
		this.news = news;
		this.newsletter = newsletter;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("news", news.latest(3));
		model.addAttribute("latestIssue", newsletter.latest().orElse(null));
		return "site/home";
	}

	@GetMapping("/beheer")
	String admin(Model model) {
		model.addAttribute("links", adminLinks);
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
