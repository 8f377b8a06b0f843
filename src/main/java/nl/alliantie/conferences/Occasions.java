package nl.alliantie.conferences;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.alliantie.conferences.publications.Publications;
import nl.alliantie.conferences.registrations.OccasionSeats;
import nl.alliantie.conferences.registrations.RegistrationRefused;
import nl.alliantie.conferences.registrations.Registrations;

/**
 * Registration without an account for what another module holds, the way people register for an
 * Alliantiedag (docs/adr/0031): the owner (the events module) opens an occasion with its facts and
 * keeps them up to date; visitors register through the owner's form with {@link #register}; this
 * module holds the place (or the turn on the waiting list) until the mailed link is confirmed,
 * mails in the registration's language with the calendar file, and serves the personal page at
 * {@code /aanmelding/{token}} (confirm, cancel). Erasure ({@code network.PersonErased}), the
 * retention round and the person's own data cover these registrations as they cover the days'.
 */
@Component
public class Occasions {

	/**
	 * What the owner says of its occasion: what a calendar shows (with the UID it uses in the site's
	 * calendar and its SEQUENCE), the places, the last day to register ({@code closesOn}) and its
	 * public page ({@code path}, unique).
	 */
	public record Occasion(String title, LocalDate date, LocalTime start, LocalTime end, String venue, String address,
			String town, @Nullable String region, int capacity, LocalDate closesOn, String path, String calendarUid,
			int sequence) {
	}

	/** A visitor's registration; {@code language} that of the page ({@code nl} or {@code en}), the mails are in it. */
	public record Registration(String name, String email, String organisation, String needs, String language) {
	}

	/** What came of a registration; {@code field} is the owner's form field to put the sentence beside (a key of {@code i18n/conferences}). */
	public enum Outcome {
		/** A place is held until the mailed link is confirmed. */
		HELD("", ""),
		/** The occasion is full: a turn on its waiting list is held until the link is confirmed. */
		HELD_WAITING("", ""),
		CLOSED("", "conferences.occasion.closed"),
		ALREADY_REGISTERED("email", "conferences.register.duplicate"),
		TOO_MANY_FROM_ADDRESS("email", "conferences.register.limit.address"),
		TOO_MANY_FROM_NETWORK("", "conferences.register.limit.network");

		private final String field;

		private final String messageKey;

		Outcome(String field, String messageKey) {
			this.field = field;
			this.messageKey = messageKey;
		}

		public boolean registered() {
			return this == HELD || this == HELD_WAITING;
		}

		/** The form field the sentence belongs beside; empty for the whole form (and for a registration). */
		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	/** Places taken of the capacity, and how many wait. */
	public record Places(int capacity, int taken, int waiting) {

		public boolean full() {
			return taken >= capacity;
		}

		public int free() {
			return Math.max(0, capacity - taken);
		}
	}

	/** @param saved false when the capacity is below the places taken (nothing was saved) */
	public record Changed(boolean saved, int taken, int mailed) {
	}

	/** A published file of an occasion (a report, presentation or photo), served by this module. */
	public record File(long id, String kind, String title, String href, String thumbnailHref, boolean photo,
			String size) {
	}

	/** The outcome of publishing a file: its id, or the message key of why it was refused. */
	public record Stored(@Nullable Long file, @Nullable String refusedKey) {

		public boolean stored() {
			return file != null;
		}
	}

	private final OccasionSeats seats;

	private final Registrations registrations;

	private final Publications publications;

	Occasions(OccasionSeats seats, Registrations registrations, Publications publications) {
		this.seats = seats;
		this.registrations = registrations;
		this.publications = publications;
	}

	/**
	 * Publishes a report (PDF), presentation (PPTX) or photo (JPEG, PNG) of the occasion, recognised
	 * by its content, at most 10 MB; the document library lists it ({@link PublicationPublished}).
	 */
	public Stored publish(OccasionId id, String title, @Nullable String filename, byte[] data) {
		try {
			// a PPTX is a ZIP; what it really is, the store checks by its content
			boolean zip = data != null && data.length > 1 && data[0] == 'P' && data[1] == 'K';
			return new Stored(publications.store(null, id.value(), null, zip ? "presentation" : "report", title, filename,
					data), null);
		}
		catch (Publications.Refused refused) {
			return new Stored(null, refused.messageKey());
		}
	}

	/** The occasion's published files, reports first, at most {@code limit}. */
	public List<File> files(OccasionId id, int limit) {
		return publications.ofDay(id.value(), 0, limit)
			.stream()
			.map(f -> new File(f.id(), f.kind(), f.title(), f.href(), f.thumbnailHref(), f.photo(), f.sizeText()))
			.toList();
	}

	/** Opens registration for a new occasion, in the caller's transaction. */
	public OccasionId open(Occasion occasion) {
		return new OccasionId(seats.open(facts(occasion)));
	}

	/** New facts; registrants are mailed (once) when date, time or place changed. */
	public Changed change(OccasionId id, Occasion occasion) {
		OccasionSeats.Changed changed = seats.change(id.value(), facts(occasion));
		return new Changed(changed.saved(), changed.taken(), changed.mailed());
	}

	/** It does not go ahead: closed, and everyone registered or waiting mailed once; how many. */
	public int cancel(OccasionId id, String message, int sequence) {
		return seats.cancel(id.value(), message, sequence);
	}

	/**
	 * Registers a visitor who posted from {@code remoteAddress}, with the Alliantiedagen's limits
	 * per address and network and the hold until the mailed link is confirmed.
	 */
	public Outcome register(OccasionId id, Registration registration, String remoteAddress) {
		try {
			Registrations.Registered registered = registrations.register(new Registrations.Request(id.value(),
					registration.name(), registration.email(), registration.organisation(), null, null,
					registration.needs(), "", registration.language()), remoteAddress);
			return registered.waiting() ? Outcome.HELD_WAITING : Outcome.HELD;
		}
		catch (RegistrationRefused refused) {
			return switch (refused.reason()) {
				case ALREADY_REGISTERED -> Outcome.ALREADY_REGISTERED;
				case TOO_MANY_FROM_ADDRESS -> Outcome.TOO_MANY_FROM_ADDRESS;
				case TOO_MANY_FROM_NETWORK -> Outcome.TOO_MANY_FROM_NETWORK;
				default -> Outcome.CLOSED;
			};
		}
	}

	/**
	 * A registration the application makes itself (demo data): confirmed at once, mailed with the
	 * calendar file; only the limit per address applies.
	 */
	public Outcome registerConfirmed(OccasionId id, Registration registration) {
		try {
			Registrations.Registered registered = registrations.register(new Registrations.Request(id.value(),
					registration.name(), registration.email(), registration.organisation(), null, null,
					registration.needs(), "", registration.language()));
			return registered.waiting() ? Outcome.HELD_WAITING : Outcome.HELD;
		}
		catch (RegistrationRefused refused) {
			return refused.reason() == RegistrationRefused.Reason.ALREADY_REGISTERED ? Outcome.ALREADY_REGISTERED
					: Outcome.CLOSED;
		}
	}

	/** The places of these occasions, in one query. */
	public Map<OccasionId, Places> places(Collection<OccasionId> ids) {
		return seats.places(ids.stream().map(OccasionId::value).toList())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> new OccasionId(entry.getKey()),
					entry -> new Places(entry.getValue().capacity(), entry.getValue().taken(), entry.getValue().waiting())));
	}

	/** Its calendar file as it is now (the one the mails carry). */
	public String calendarFile(OccasionId id) {
		return seats.calendarFile(id.value());
	}

	/** How long a registration through the form holds its place unconfirmed, in minutes. */
	public long holdMinutes() {
		return registrations.holdMinutes();
	}

	private static OccasionSeats.Facts facts(Occasion o) {
		return new OccasionSeats.Facts(o.title(), o.date(), o.start(), o.end(), o.venue(), o.address(), o.town(),
				o.region(), o.capacity(), o.closesOn(), o.path(), o.calendarUid(), o.sequence());
	}
}
