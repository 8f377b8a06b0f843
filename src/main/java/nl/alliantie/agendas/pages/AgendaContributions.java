package nl.alliantie.agendas.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;

/** The agendas in the main navigation, and their tile and the good practices' on the staff start page. */
@Configuration
class AgendaContributions {

	@Bean
	NavItem agendasNavItem() {
		return NavItem.everyone("agendas.nav", "/sociale-agendas", 25);
	}

	@Bean
	AdminLink agendasAdminLink() {
		return new AdminLink("agendas.admin.title", "agendas.admin.description", "/beheer/sociale-agendas", 25,
				"VERTEGENWOORDIGER");
	}

	@Bean
	AdminLink practicesAdminLink() {
		return new AdminLink("agendas.practices.admin.title", "agendas.practices.admin.description", "/beheer/praktijken",
				26, "SECRETARIAAT");
	}
}
