package nl.alliantie.lobby.letters;

import java.util.Map;
import java.util.Optional;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.springframework.stereotype.Component;

import nl.alliantie.lobby.Lobby;
import nl.alliantie.network.Network;
import nl.alliantie.shared.web.Ui;

/** The newest council letter of a municipality and the council's response, on the municipality's page. */
@Component
public class MunicipalityLetterSection implements Network.MunicipalityPageSection {

	/** What {@code lobby/municipalitySection.jte} renders. */
	public record Section(String municipality, Optional<Lobby.LetterSummary> letter) {
	}

	private final Lobby lobby;

	private final TemplateEngine templates;

	MunicipalityLetterSection(Lobby lobby, TemplateEngine templates) {
		this.lobby = lobby;
		this.templates = templates;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Content render(Ui ui, String municipality) {
		Section section = new Section(municipality, lobby.letterOf(municipality));
		return output -> templates.render("lobby/municipalitySection.jte", Map.of("ui", ui, "section", section), output);
	}
}
