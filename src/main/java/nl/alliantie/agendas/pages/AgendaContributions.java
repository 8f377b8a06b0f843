package nl.alliantie.agendas.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;

/** The agendas in the main navigation and their tile on the staff start page. */
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
}
