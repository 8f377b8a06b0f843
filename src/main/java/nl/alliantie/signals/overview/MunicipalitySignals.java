package nl.alliantie.signals.overview;

import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;
import nl.alliantie.shared.web.Ui;
import nl.alliantie.signals.Signals;

/**
 * The newest published signals of a municipality, as a section of the network's municipality page;
 * kept per municipality until the signals change (docs/adr/0037), so that the 342 municipality pages
 * read their two statements once per change, not on every request.
 */
@Component
public class MunicipalitySignals implements Network.MunicipalityPageSection {

	static final int SHOWN = 5;

	/** What the fragment {@code signals/municipalitySignals.jte} renders. */
	public record Section(String municipality, List<Signals.SignalSummary> signals, int total, String allHref) {
	}

	private final Signals signals;

	private final TemplateEngine templates;

	private final UntilChanged<String, Section> kept;

	MunicipalitySignals(Signals signals, TemplateEngine templates, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.signals = signals;
		this.templates = templates;
		this.kept = new UntilChanged<>(notifications, java.util.Set.of("signals_changed"), 500, keep, this::read);
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Content render(Ui ui, String municipality) {
		Section section = section(municipality);
		return output -> templates.render("signals/municipalitySignals.jte", Map.of("ui", ui, "section", section), output);
	}

	public Section section(String municipality) {
		return kept.get(municipality);
	}

	private Section read(String municipality) {
		return new Section(municipality, signals.publishedIn(municipality, SHOWN), signals.countPublishedIn(municipality),
				new Filter(null, null, null, municipality, null, null).href("/signalen"));
	}
}
