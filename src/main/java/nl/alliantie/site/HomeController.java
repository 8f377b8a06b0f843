package nl.alliantie.site;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.alliantie.calendar.PublicCalendar;
import nl.alliantie.news.News;
import nl.alliantie.newsletter.Newsletter;
import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigures;
import nl.alliantie.signals.Signals;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PersonalAdminLinks;

/**
 * The home page, a dashboard of the network for a visitor: the next public dates, the latest signals
 * and news, a few figures of this year and the newsletter's subscribe form. Each part is kept by
 * its module until its tables change (docs/adr/0037), so the page costs no query while nothing
 * changed (after a change: news, newsletter, signals, one per calendar source and one per figure
 * source); kept in the one-second page cache like every public page.
 */
@Controller
public class HomeController {

	/** The figures of this year the home page shows. */
	public record Figures(int organisations, int agendas, int signals, int year) {
	}

	static final int EVENTS = 4, SIGNALS = 3, NEWS = 3;

	private final List<AdminLink> adminLinks;

	private final List<PersonalAdminLinks> personalLinks;

	private final News news;

	private final Newsletter newsletter;

	private final PublicCalendar calendar;

	private final Signals signals;

	private final YearFigures figures;

	HomeController(List<AdminLink> adminLinks, List<PersonalAdminLinks> personalLinks, News news, Newsletter newsletter,
			PublicCalendar calendar, Signals signals, YearFigures figures) {
		this.adminLinks = adminLinks.stream().sorted(Comparator.comparingInt(AdminLink::order)).toList();
		this.personalLinks = personalLinks;
		this.news = news;
		this.newsletter = newsletter;
		this.calendar = calendar;
		this.signals = signals;
		this.figures = figures;
	}

	@GetMapping("/")
	String home(Model model) {
		int year = calendar.today().getYear();
		var ofYear = figures.of(year, calendar.today());
		model.addAttribute("news", news.latest(NEWS));
		model.addAttribute("latestIssue", newsletter.latest().orElse(null));
		model.addAttribute("events", calendar.upcoming(EVENTS));
		model.addAttribute("signals", signals.latestPublished(SIGNALS));
		model.addAttribute("figures", new Figures(count(ofYear, YearFigure.Kind.ORGANISATIONS),
				count(ofYear, YearFigure.Kind.AGENDAS), count(ofYear, YearFigure.Kind.SIGNALS), year));
		return "site/home";
	}

	private static int count(java.util.Map<YearFigure.Kind, YearFigure> figures, YearFigure.Kind kind) {
		YearFigure figure = figures.get(kind);
		return figure == null ? 0 : figure.count();
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
