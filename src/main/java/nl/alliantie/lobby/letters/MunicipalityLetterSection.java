package nl.alliantie.lobby.letters;

import java.util.Map;
import java.util.Optional;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.alliantie.lobby.Lobby;
import nl.alliantie.network.Network;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;
import nl.alliantie.shared.web.Ui;

/**
 * The newest council letter of a municipality and the council's response, on the municipality's
 * page; kept per municipality until the lobby's tables change (docs/adr/0037).
 */
@Component
public class MunicipalityLetterSection implements Network.MunicipalityPageSection {

	/** What {@code lobby/municipalitySection.jte} renders. */
	public record Section(String municipality, Optional<Lobby.LetterSummary> letter) {
	}

	private final Lobby lobby;

	private final TemplateEngine templates;

	private final UntilChanged<String, Section> kept;

	MunicipalityLetterSection(Lobby lobby, TemplateEngine templates, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.lobby = lobby;
		this.templates = templates;
		this.kept = new UntilChanged<>(notifications, java.util.Set.of("lobby_changed"), 500, keep,
				municipality -> new Section(municipality, lobby.letterOf(municipality)));
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Content render(Ui ui, String municipality) {
		Section section = kept.get(municipality);
		return output -> templates.render("lobby/municipalitySection.jte", Map.of("ui", ui, "section", section), output);
	}
}
