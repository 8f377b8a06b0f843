package nl.alliantie.signals.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.Access;
import nl.alliantie.network.Network;

/**
 * The moderators' steps: load the signal locked, check that this person may moderate it (the
 * secretariat always; a coordinator only in the signal's region), call the aggregate, save,
 * publish.
 */
@Service
public class Handling {

	private final SignalStore store;

	private final Access access;

	private final Network network;

	private final KnownConsultations consultations;

	private final Clock clock;

	Handling(SignalStore store, Access access, Network network, KnownConsultations consultations, Clock clock) {
		this.clock = clock;
		this.store = store;
		this.access = access;
		this.network = network;
		this.consultations = consultations;
	}

	/** Whether the current person may moderate signals of {@code regionKey} ({@code null}: no region). */
	public boolean mayModerate(@Nullable String regionKey) {
		return access.isSecretariat() || regionKey != null && access.coordinates(regionKey);
	}

	@Transactional
	public void edit(long id, String title, String story, List<String> themes, @Nullable String municipality) {
		Signal signal = load(id);
		Signal.Place place = network.municipality(municipality)
			.map(m -> new Signal.Place(m.name(), m.province(), m.regionKey()))
			.orElse(Signal.Place.NONE);
		String fallback = place.regionKey() == null ? signal.regionKey() : null;
		signal.edit(title, story, themes, place, fallback, LocalDate.now(clock));
		if (!mayModerate(signal.regionKey())) {
			// a coordinator may not move a signal out of their own region
			throw new AuthorizationDeniedException("Geen toegang");
		}
		store.save(signal, actor());
	}

	@Transactional
	public void takeUp(long id) {
		Signal signal = load(id);
		signal.takeUp(LocalDate.now(clock));
		store.save(signal, actor());
	}

	@Transactional
	public void withhold(long id, String reason) {
		Signal signal = load(id);
		signal.withhold(reason, LocalDate.now(clock));
		store.save(signal, actor());
	}

	/**
	 * Puts the signal on the agenda of consultation {@code consultationId}, a coming one of its
	 * region, or with {@code null} of the next one its region plans ({@code region} for a signal
	 * without one).
	 */
	@Transactional
	public void putOnAgenda(long id, @Nullable String region, @Nullable Long consultationId, String note) {
		Signal signal = load(id);
		if (consultationId != null) {
			KnownConsultations.Known meeting = consultation(signal, consultationId);
			if (meeting.on().isBefore(LocalDate.now(clock))) {
				throw new SignalRuleBroken("signals.rule.consultation.past");
			}
			region = meeting.regionKey();
		}
		if (region != null && signal.regionKey() == null && !mayModerate(region)) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		signal.putOnAgenda(region, consultationId, note, LocalDate.now(clock));
		store.save(signal, actor());
	}

	/** Records by hand that it was discussed, in a consultation of its region when {@code consultationId} is given. */
	@Transactional
	public void discussed(long id, LocalDate on, String what, @Nullable Long consultationId) {
		Signal signal = load(id);
		if (consultationId != null) {
			consultation(signal, consultationId);
		}
		signal.discussed(on, what, consultationId);
		store.save(signal, actor());
	}

	@Transactional
	public void takenIntoLobby(long id, LocalDate on, String what, @Nullable Long lobbyId) {
		Signal signal = load(id);
		signal.takenIntoLobby(on, what, lobbyId);
		store.save(signal, actor());
	}

	@Transactional
	public void finish(long id, LocalDate on, String outcome) {
		Signal signal = load(id);
		signal.finish(on, outcome);
		store.save(signal, actor());
	}

	@Transactional
	public void merge(long duplicateId, long targetId) {
		// lock in id order so that two merges of the same pair cannot deadlock
		Signal first = load(Math.min(duplicateId, targetId));
		Signal second = duplicateId == targetId ? first : load(Math.max(duplicateId, targetId));
		Signal duplicate = first.id() == duplicateId ? first : second;
		Signal target = first.id() == duplicateId ? second : first;
		duplicate.mergeInto(target, LocalDate.now(clock));
		store.save(duplicate, actor());
		if (target != duplicate) {
			store.save(target, actor());
		}
	}

	/** A consultation this module knows of, not called off, of the signal's region (any, without one). */
	private KnownConsultations.Known consultation(Signal signal, long consultationId) {
		KnownConsultations.Known meeting = consultations.find(consultationId)
			.filter(known -> !known.cancelled())
			.orElseThrow(() -> new SignalRuleBroken("signals.rule.consultation.unknown"));
		if (signal.regionKey() != null && !signal.regionKey().equals(meeting.regionKey())) {
			throw new SignalRuleBroken("signals.rule.consultation.region");
		}
		return meeting;
	}

	private Signal load(long id) {
		Signal signal = store.lock(id).orElseThrow(() -> new SignalRuleBroken("signals.rule.unknown"));
		if (!mayModerate(signal.regionKey())) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return signal;
	}

	private String actor() {
		return access.current().map(a -> a.email()).orElse("systeem");
	}
}
