package nl.alliantie.signals.handling;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Where the consultations and lobby modules attach: {@code AttachedModulesListener} calls these
 * steps on their events. They run as the system, not as a person, so they check no rights; the
 * events they answer to were checked where they happened. An event may come twice (after a failure
 * or a restart, docs/adr/0012): each step sees whether it was done already and then does nothing.
 */
@Service
public class AgendaLink {

	private final JdbcClient jdbc;

	private final SignalStore store;

	AgendaLink(JdbcClient jdbc, SignalStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/**
	 * A consultation of {@code regionKey} was planned: the signals waiting for the region's coming
	 * consultation are tied to it. Returns the signals now on its agenda.
	 */
	@Transactional
	public List<Long> attachWaiting(String regionKey, long consultationId) {
		return jdbc.sql("""
				update signals_signal s set agenda_consultation_id = :consultation, updated_at = now()
				where s.agenda_region = :region and s.agenda_consultation_id is null and s.merged_into is null
				  and s.status in ('IN_BEHANDELING', 'BESPROKEN', 'IN_LOBBY')
				  and not exists (select 1 from signals_trail t where t.signal_id = s.id and t.kind = 'BESPROKEN'
				                  and t.created_at >= s.agenda_since)
				returning s.id
				""")
			.param("consultation", consultationId)
			.param("region", regionKey)
			.query(Long.class)
			.list();
	}

	/**
	 * A consultation was called off: the signals tied to it that were not discussed go to the next
	 * coming consultation of their region this module knows of, or wait for one. Returns them.
	 */
	@Transactional
	public List<Long> release(long consultationId) {
		return jdbc.sql("""
				update signals_signal s set updated_at = now(), agenda_consultation_id =
				    (select k.id from signals_consultation k
				     where k.region_key = s.agenda_region and not k.cancelled and k.id <> :consultation
				       and k.held_on >= current_date
				     order by k.held_on, k.id limit 1)
				where s.agenda_consultation_id = :consultation
				  and not exists (select 1 from signals_trail t where t.signal_id = s.id and t.kind = 'BESPROKEN'
				                  and t.consultation_id = :consultation)
				returning s.id
				""")
			.param("consultation", consultationId)
			.query(Long.class)
			.list();
	}

	/**
	 * A coordinator put a signal on the agenda of consultation {@code consultationId} of
	 * {@code regionKey} while preparing it; a signal of another region stays where it is.
	 */
	@Transactional
	public void putOnAgenda(long signalId, long consultationId, String regionKey, LocalDate today) {
		Signal signal = store.lock(signalId).orElseThrow(() -> new SignalRuleBroken("signals.rule.unknown"));
		if (signal.regionKey() != null && !signal.regionKey().equals(regionKey)) {
			throw new SignalRuleBroken("signals.rule.consultation.region");
		}
		if (Long.valueOf(consultationId).equals(signal.agendaConsultationId())) {
			return;
		}
		signal.putOnAgenda(regionKey, consultationId, "", today);
		store.save(signal, "regio-overleg " + consultationId);
	}

	/** The minutes of a consultation record what was said about a signal on its agenda. */
	@Transactional
	public void discussed(long signalId, long consultationId, LocalDate on, String what) {
		Signal signal = store.lock(signalId).orElseThrow(() -> new SignalRuleBroken("signals.rule.unknown"));
		if (store.hasTrailEntry(signalId, "BESPROKEN", consultationId, null)) {
			return;
		}
		signal.discussed(on, what, consultationId);
		store.save(signal, "regio-overleg " + consultationId);
	}

	/** A lobby item (council letter, position paper) took the signal up. */
	@Transactional
	public void takenIntoLobby(long signalId, long lobbyId, LocalDate on, String what) {
		Signal signal = store.lock(signalId).orElseThrow(() -> new SignalRuleBroken("signals.rule.unknown"));
		if (store.hasTrailEntry(signalId, "LOBBY", null, lobbyId)) {
			return;
		}
		signal.takenIntoLobby(on, what, lobbyId);
		store.save(signal, "lobby " + lobbyId);
	}
}
