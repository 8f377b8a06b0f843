package nl.alliantie.conferences.editions;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * An edition or a day with everything its page shows, put together from the stores of this
 * package with a fixed number of queries; the public pages get them through {@link PublicViews}.
 */
@Component
public class EditionViews {

	private final Editions editions;

	private final Days days;

	private final Workshops workshops;

	private final PublicViews kept;

	EditionViews(Editions editions, Days days, Workshops workshops, PublicViews kept) {
		this.editions = editions;
		this.days = days;
		this.workshops = workshops;
		this.kept = kept;
	}

	/** The edition for its public page, read at most once every two seconds. */
	public Optional<EditionView> publicView(int year) {
		return kept.edition(year, () -> view(year));
	}

	/** A day for its public page, like {@link #publicView(int)}. */
	public Optional<DayView> publicDay(int year, int number) {
		return kept.day(year, number, () -> day(year, number));
	}

	public Optional<EditionView> view(int year) {
		return editions.edition(year)
			.map(edition -> new EditionView(edition, editions.blocks(edition.id()), days.days(edition.id()),
					workshops.workshops(edition.id()), days.sessionsOfEdition(edition.id()),
					editions.partners(edition.id())));
	}

	public Optional<DayView> day(int year, int number) {
		return days.dayOf(year, number)
			.map(day -> new DayView(editions.edition(year).orElseThrow(), day, days.dayBlocks(day.id()),
					days.sessionsOfDay(day.id())));
	}

	public Optional<DayView> day(long dayId) {
		return days.dayById(dayId)
			.map(day -> new DayView(editions.byId(day.editionId()).orElseThrow(), day, days.dayBlocks(dayId),
					days.sessionsOfDay(dayId)));
	}
}
