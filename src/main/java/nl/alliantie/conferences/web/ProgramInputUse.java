package nl.alliantie.conferences.web;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.conferences.ProgramInputTaken;
import nl.alliantie.conferences.ProgramInputs;
import nl.alliantie.conferences.ProgramInputs.ProgramInput;
import nl.alliantie.conferences.ProgramInputs.Use;
import nl.alliantie.conferences.editions.Block;
import nl.alliantie.conferences.editions.Edition;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Workshops;
import nl.alliantie.conferences.registrations.DayChanges;

/**
 * Turns an input offered for the program (a decision "voor de Alliantiedagen") into a workshop or
 * a block of the edition with one action, once: the use is claimed in
 * {@code conferences_program_input_use} before anything is made, so a second click makes nothing.
 * A workshop takes the input's title and, as description, its detail and source; a block (a
 * contribution of half an hour) goes after the last block of the day, through {@link DayChanges}
 * so that registrants hear of the longer day. The offering module hears {@link ProgramInputTaken}.
 */
@Component
class ProgramInputUse {

	static final int TITLE_MAX = 200;

	private final List<ProgramInputs> sources;

	private final JdbcClient jdbc;

	private final Workshops workshops;

	private final DayChanges dayChanges;

	private final EditionViews editionViews;

	private final ApplicationEventPublisher events;

	ProgramInputUse(List<ProgramInputs> sources, JdbcClient jdbc, Workshops workshops, DayChanges dayChanges,
			EditionViews editionViews, ApplicationEventPublisher events) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.workshops = workshops;
		this.dayChanges = dayChanges;
		this.editionViews = editionViews;
		this.events = events;
	}

	/** The inputs offered for an edition, each with what was made of it. */
	List<ProgramInput> inputs(Edition edition) {
		java.util.Map<String, Use> used = new java.util.HashMap<>();
		jdbc.sql("select input_key, used_as from conferences_program_input_use where edition_id = :id")
			.param("id", edition.id())
			.query((rs, n) -> used.put(rs.getString(1), Use.valueOf(rs.getString(2))))
			.list();
		return sources.stream()
			.flatMap(source -> source.forEdition(edition.year()).stream())
			.map(input -> input.withTaken(used.get(input.key())))
			.toList();
	}

	/** Makes the input with {@code key} into {@code use}; false when there is no such input or it was used. */
	@Transactional
	boolean take(Edition edition, String key, Use use) {
		Optional<ProgramInput> found = sources.stream()
			.flatMap(source -> source.forEdition(edition.year()).stream())
			.filter(input -> input.key().equals(key))
			.findFirst();
		if (found.isEmpty()) {
			return false;
		}
		int claimed = jdbc.sql("""
				insert into conferences_program_input_use (edition_id, input_key, used_as) values (:edition, :key, :use)
				on conflict do nothing
				""")
			.param("edition", edition.id())
			.param("key", key)
			.param("use", use.name())
			.update();
		if (claimed == 0) {
			return false;
		}
		ProgramInput input = found.get();
		String title = input.title().length() > TITLE_MAX ? input.title().substring(0, TITLE_MAX) : input.title();
		if (use == Use.WORKSHOP) {
			String description = (input.detail().isBlank() ? "" : input.detail() + "\n\n") + input.source();
			workshops.addWorkshop(edition.id(), title, description, "");
		}
		else {
			LocalTime start = editionViews.view(edition.year()).orElseThrow().blocks().stream()
				.map(Block::endsAt)
				.max(Comparator.naturalOrder())
				.orElse(LocalTime.of(10, 0));
			LocalTime latest = LocalTime.of(23, 29);
			LocalTime from = start.isAfter(latest) ? latest : start;
			dayChanges.addBlock(edition.id(), "contribution", title, from, from.plusMinutes(30));
		}
		events.publishEvent(new ProgramInputTaken(key, edition.year(), use));
		return true;
	}
}
