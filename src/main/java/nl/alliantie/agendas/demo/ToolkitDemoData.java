package nl.alliantie.agendas.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.agendas.toolkit.Toolkit;
import nl.alliantie.shared.demo.DemoData;

/** The toolkit's step plan for starting a local social agenda, as the secretariat wrote it. */
@Component
class ToolkitDemoData implements DemoData {

	record Step(String title, String body) {
	}

	static final List<Step> STEPS = List.of(
			new Step("Zoek een kartrekker", """
					Een lokale sociale agenda begint bij een organisatie die hem wil trekken: een platform armoede, \
					een cliëntenraad of een basisgroep. Zij nodigt de anderen uit en houdt de agenda bij.

					- Wie kent de mensen die rond moeten komen van weinig geld?
					- Wie heeft een paar uur per maand om te trekken?"""),
			new Step("Breng de partijen bij elkaar", """
					Nodig de gemeente, de woningcorporatie, de voedselbank, scholen, bedrijven en vooral mensen met \
					ervaring met armoede uit voor een eerste gesprek. Spreek af wie er aan tafel zit."""),
			new Step("Kies samen een stip op de horizon", """
					Schrijf in een paar zinnen op waar u samen heen wilt, bijvoorbeeld: **Zwolle armoedevrij in 2030**. \
					Die ambitie staat bovenaan de agenda."""),
			new Step("Maak op wat er al gebeurt en wat er nodig is", """
					Zet op een rij wat elke partij al doet, voor wie en hoe mensen het vinden. Schrijf daarna op wat er \
					nog nodig is, met de signalen uit uw gemeente die het laten zien."""),
			new Step("Spreek kleine stappen af", """
					Elke stap is klein en concreet, heeft één eigenaar, een datum in het jaar en een manier om aan het \
					eind van het jaar te zien of hij gelukt is."""),
			new Step("Kijk aan het eind van het jaar terug", """
					Geef elke stap een oordeel: behaald, deels behaald of niet behaald, met één zin. Neem wat niet lukte \
					mee naar volgend jaar, en vraag bij wat wel lukte: wat is de volgende stap?"""));

	private final Toolkit toolkit;

	ToolkitDemoData(Toolkit toolkit) {
		this.toolkit = toolkit;
	}

	@Override
	public String name() {
		return "agendas-toolkit";
	}

	@Override
	public int order() {
		return 56;
	}

	@Override
	@Transactional
	public void load() {
		for (int i = 0; i < STEPS.size(); i++) {
			toolkit.addStep(i + 1, STEPS.get(i).title(), STEPS.get(i).body());
		}
	}
}
