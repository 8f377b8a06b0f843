package nl.alliantie.agendas.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.alliantie.shared.web.AdminLink;

/** The agendas' tile on the staff start page. */
@Configuration
class AgendaContributions {

	@Bean
	AdminLink agendasAdminLink() {
		return new AdminLink("agendas.admin.title", "agendas.admin.description", "/beheer/sociale-agendas", 25,
				"VERTEGENWOORDIGER");
	}
}
