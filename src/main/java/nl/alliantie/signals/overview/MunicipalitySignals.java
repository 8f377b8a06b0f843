package nl.alliantie.signals.overview;

import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;
import nl.alliantie.shared.web.Ui;
import nl.alliantie.signals.Signals;

/** The newest published signals of a municipality, as a section of the network's municipality page. */
@Component
public class MunicipalitySignals implements Network.MunicipalityPageSection {

	static final int SHOWN = 5;

	/** What the fragment {@code signals/municipalitySignals.jte} renders. */
	public record Section(String municipality, List<Signals.SignalSummary> signals, int total, String allHref) {
	}

	private final Signals signals;

	private final TemplateEngine templates;

	MunicipalitySignals(Signals signals, TemplateEngine templates) {
		this.signals = signals;
		this.templates = templates;
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
		return new Section(municipality, signals.publishedIn(municipality, SHOWN), signals.countPublishedIn(municipality),
				new Filter(null, null, null, municipality, null, null).href("/signalen"));
	}
}
