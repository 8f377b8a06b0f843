package nl.alliantie.conferences.registrations;

import nl.alliantie.shared.time.DutchTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.conferences.editions.Day;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Days;

/**
 * Changes to a day that its registrants must hear about. When the date, the times or the place
 * of a day change, its calendar file gets a higher SEQUENCE and everyone registered or waiting is
 * mailed once, in the same transaction as the change; a day that does not go ahead is cancelled
 * with a mail to each of them, then removed.
 */
@Service
public class DayChanges {

	static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("H:mm");

	/** A day's own details as the secretariat edits them. */
	public record Change(LocalDate date, String town, String venue, String address, String region, int capacity) {
	}

	/**
	 * @param saved false when the capacity was below the places taken
	 * @param taken the places taken when it was refused
	 * @param mailed how many registrants were told of a new date, time or place
	 */
	public record Outcome(boolean saved, int taken, int mailed) {
	}

	private final Editions editions;

	private final EditionViews editionViews;

	private final Days days;

	private final RegistrationNotices notices;

	private final WaitingLists waitingLists;

	private final Clock clock;

	DayChanges(Editions editions, EditionViews editionViews, Days days, RegistrationNotices notices,
			WaitingLists waitingLists, Clock clock) {
		this.clock = clock;
		this.editions = editions;
		this.editionViews = editionViews;
		this.days = days;
		this.notices = notices;
		this.waitingLists = waitingLists;
	}

	/** Saves a day's details; refused when the capacity is below the people registered. */
	@Transactional
	public Outcome change(long dayId, Change change) {
		int taken = days.lockDay(dayId).orElseThrow(() -> new IllegalArgumentException("No day " + dayId));
		if (change.capacity() < taken) {
			return new Outcome(false, taken, 0);
		}
		CalendarFiles.Facts before = facts(dayId);
		days.updateDay(dayId, change.date(), change.town(), change.venue(), change.address(), change.region());
		CalendarFiles.Facts after = facts(dayId);
		// first the new file, so that people who get a place below receive it already
		int mailed = before.equals(after) ? 0 : notices.rescheduled(dayId, hours(after));
		waitingLists.changeDayCapacity(dayId, change.capacity());
		return new Outcome(true, taken, mailed);
	}

	/** Adds a block to an edition's program; days whose hours change with it are rescheduled. */
	@Transactional
	public int addBlock(long editionId, String kind, String title, LocalTime startsAt, LocalTime endsAt) {
		return reschedulingDaysOf(editionId, () -> editions.addBlock(editionId, kind, title, startsAt, endsAt));
	}

	/** Changes a block of an edition's program on every day; days whose hours change with it are rescheduled. */
	@Transactional
	public int changeBlock(long editionId, long blockId, String kind, String title, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt) {
		return reschedulingDaysOf(editionId,
				() -> editions.updateBlock(editionId, blockId, kind, title, startsAt, endsAt));
	}

	/** Removes a block from an edition's program and its days; days whose hours change with it are rescheduled. */
	@Transactional
	public int removeBlock(long editionId, long blockId) {
		return reschedulingDaysOf(editionId, () -> editions.removeBlock(editionId, blockId));
	}

	/** Makes a change to the program with the edition's days locked, and mails the registrants of each day whose hours moved. */
	private int reschedulingDaysOf(long editionId, Runnable change) {
		Map<Long, CalendarFiles.Facts> before = new LinkedHashMap<>();
		for (long dayId : days.lockDaysOf(editionId)) {
			before.put(dayId, facts(dayId));
		}
		change.run();
		int mailed = 0;
		for (var entry : before.entrySet()) {
			CalendarFiles.Facts after = facts(entry.getKey());
			if (!after.equals(entry.getValue())) {
				mailed += notices.rescheduled(entry.getKey(), hours(after));
			}
		}
		return mailed;
	}

	/**
	 * The day does not go ahead: everyone registered or waiting gets a mail with {@code message},
	 * and the day is removed. Refused for a day that has been: it keeps its history.
	 *
	 * @return how many were mailed, or -1 when the day has been already
	 */
	@Transactional
	public int cancel(long dayId, String message) {
		if (days.lockDay(dayId).isEmpty()) {
			return 0;
		}
		Day day = days.dayById(dayId).orElseThrow();
		if (day.date().isBefore(LocalDate.now(clock))) {
			return -1;
		}
		int mailed = notices.mailDayCancelled(dayId, message, "/alliantiedagen/" + day.year());
		days.removeDay(dayId);
		return mailed;
	}

	private CalendarFiles.Facts facts(long dayId) {
		return CalendarFiles.facts(editionViews.day(dayId).orElseThrow());
	}

	static String hours(CalendarFiles.Facts facts) {
		return facts.start().format(HOURS) + "–" + facts.end().format(HOURS);
	}
}
