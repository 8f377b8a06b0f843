package nl.alliantie.agendas.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.alliantie.agendas.Agendas;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.network.Network;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;
import nl.alliantie.shared.web.Ui;

/**
 * This year's agenda of a municipality (else its newest) and links to the others, on its network
 * page; kept per municipality and year until the agendas change (docs/adr/0037).
 */
@Component
public class MunicipalityAgenda implements Network.MunicipalityPageSection {

	/** What {@code agendas/municipalityAgenda.jte} renders; {@code shown} is null when there is none. */
	public record Section(String municipality, Agendas.@Nullable AgendaSummary shown, boolean current, List<Agendas.AgendaSummary> others) {
	}

	private final Agendas agendas;

	private final AgendaStore store;

	private final TemplateEngine templates;

	private record Key(String municipality, int year) {
	}

	private final UntilChanged<Key, Section> kept;

	MunicipalityAgenda(Agendas agendas, AgendaStore store, TemplateEngine templates, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.agendas = agendas;
		this.store = store;
		this.templates = templates;
		this.kept = new UntilChanged<>(notifications, java.util.Set.of("agendas_changed"), 500, keep,
				key -> read(key.municipality(), key.year()));
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Content render(Ui ui, String municipality) {
		Section section = section(municipality);
		return output -> templates.render("agendas/municipalityAgenda.jte", Map.of("ui", ui, "section", section), output);
	}

	public Section section(String municipality) {
		return kept.get(new Key(municipality, LocalDate.now(store.clock()).getYear()));
	}

	private Section read(String municipality, int year) {
		List<Agendas.AgendaSummary> all = agendas.agendasOf(municipality);
		Agendas.AgendaSummary shown = all.stream().filter(a -> a.year() == year).findFirst()
			.orElse(all.stream().filter(a -> a.year() < year).findFirst().orElse(all.isEmpty() ? null : all.get(0)));
		return new Section(municipality, shown, shown != null && shown.year() == year,
				all.stream().filter(a -> a != shown).toList());
	}
}
