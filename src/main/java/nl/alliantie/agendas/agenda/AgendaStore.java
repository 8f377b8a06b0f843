package nl.alliantie.agendas.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.agendas.AgendaState;
import nl.alliantie.agendas.PartyKind;
import nl.alliantie.agendas.Verdict;
import nl.alliantie.network.Network;
import nl.alliantie.network.PersonId;
import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

// Over 400 lines, not split yet: one agenda with its parties, activities, needs and steps is one
// aggregate (a year-end verdict or a carry-on changes several of them in one transaction), so the
// store is one. Its reads (six queries for a whole agenda) and its writes per part are the seam
// along which it should be split into AgendaReads and per-part writers; left for the next round.
/**
 * Loads and changes agendas: load, ask {@link Agenda} whether the change is allowed, save. One
 * agenda with all it holds is read with six queries, however long it is.
 */
@Service
public class AgendaStore {

	/** Who pulls the agenda and who to contact there. */
	public record Lead(Long organisationId, String name, @Nullable String contactName, @Nullable String contactEmail) {
	}

	public record PartyDetails(@Nullable Long organisationId, String name, PartyKind kind, @Nullable String contactName,
			@Nullable String contactEmail) {
	}

	public record StepDetails(long partyId, @Nullable Long needId, String what, @Nullable LocalDate due, String measure, @Nullable Long follows) {
	}

	private final JdbcClient jdbc;

	private final Network network;

	private final Signals signals;

	private final Clock clock;

	AgendaStore(JdbcClient jdbc, Network network, Signals signals, Clock clock) {
		this.jdbc = jdbc;
		this.network = network;
		this.signals = signals;
		this.clock = clock;
	}

	public Clock clock() {
		return clock;
	}

	public Network network() {
		return network;
	}

	public Signals signals() {
		return signals;
	}

	private static final String AGENDA_COLUMNS = """
			a.id, a.municipality, a.province, a.region_key, a.year, a.state, a.lead_organisation_id, a.lead_name,
			a.contact_name, a.contact_email, a.ambition, a.advice, a.carried_from
			""";

	public Optional<AgendaView> find(long id) {
		return view("a.id = :id", Map.of("id", id));
	}

	public Optional<AgendaView> find(String municipality, int year) {
		return view("a.municipality = :municipality and a.year = :year", Map.of("municipality", municipality, "year", year));
	}

	/** The agenda a party belongs to. */
	public Optional<AgendaView> findByParty(long partyId) {
		return view("a.id = (select agenda_id from agendas_party where id = :party)", Map.of("party", partyId));
	}

	private Optional<AgendaView> view(String condition, Map<String, Object> params) {
		Optional<AgendaView> bare = jdbc.sql("select " + AGENDA_COLUMNS + " from agendas_agenda a where " + condition)
			.params(params)
			.query((rs, row) -> bare(rs))
			.optional();
		return bare.map(this::filled);
	}

	private static AgendaView bare(ResultSet rs) throws SQLException {
		return new AgendaView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				AgendaState.valueOf(rs.getString(6)), (Long) rs.getObject(7), rs.getString(8), rs.getString(9),
				rs.getString(10), rs.getString(11), rs.getString(12), (Long) rs.getObject(13), List.of(), List.of(),
				List.of(), List.of());
	}

	private AgendaView filled(AgendaView a) {
		long id = a.id();
		List<AgendaView.Party> parties = jdbc.sql("""
				select id, organisation_id, name, kind, contact_name, contact_email from agendas_party
				where agenda_id = :id order by lower(name), id
				""")
			.param("id", id)
			.query((rs, row) -> new AgendaView.Party(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
					PartyKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
			.list();
		List<AgendaView.Activity> activities = jdbc.sql("""
				select t.id, t.party_id, p.name, t.what, t.for_whom, t.reach from agendas_activity t
				join agendas_party p on p.id = t.party_id where t.agenda_id = :id order by lower(p.name), t.id
				""")
			.param("id", id)
			.query((rs, row) -> new AgendaView.Activity(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
		List<AgendaView.Need> bareNeeds = jdbc.sql("select id, what, why, signal_ids from agendas_need where agenda_id = :id order by id")
			.param("id", id)
			.query((rs, row) -> new AgendaView.Need(rs.getLong(1), rs.getString(2), rs.getString(3), longs(rs, 4), List.of()))
			.list();
		List<SignalId> cited = bareNeeds.stream().flatMap(n -> n.signalIds().stream()).distinct().map(SignalId::new).toList();
		Map<Long, Signals.SignalSummary> published = signals.publishedAmong(cited)
			.stream()
			.collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
		List<AgendaView.Need> needs = bareNeeds.stream()
			.map(n -> new AgendaView.Need(n.id(), n.what(), n.why(), n.signalIds(), n.signalIds()
				.stream()
				.map(published::get)
				.filter(java.util.Objects::nonNull)
				.map(s -> new AgendaView.CitedSignal(s.id().value(), s.title(), s.href()))
				.toList()))
			.toList();
		List<AgendaView.Step> steps = jdbc.sql("""
				select s.id, s.party_id, p.name, s.need_id, s.what, s.due, s.measure, s.verdict, s.verdict_note, s.verdict_on,
				       s.carried_from, ca.year, s.follows, fa.year, n.id, n.year
				from agendas_step s join agendas_party p on p.id = s.party_id
				left join agendas_step c on c.id = s.carried_from left join agendas_agenda ca on ca.id = c.agenda_id
				left join agendas_step f on f.id = s.follows left join agendas_agenda fa on fa.id = f.agenda_id
				left join lateral (select x.id, xa.year from agendas_step x join agendas_agenda xa on xa.id = x.agenda_id
				                   where x.carried_from = s.id or x.follows = s.id order by x.id limit 1) n on true
				where s.agenda_id = :id order by s.due, s.id
				""")
			.param("id", id)
			.query((rs, row) -> step(rs))
			.list();
		return new AgendaView(a.id(), a.municipality(), a.province(), a.regionKey(), a.year(), a.state(),
				a.leadOrganisationId(), a.leadName(), a.contactName(), a.contactEmail(), a.ambition(), a.advice(),
				a.carriedFrom(), parties, activities, needs, steps);
	}

	static AgendaView.Step step(ResultSet rs) throws SQLException {
		String verdict = rs.getString(8);
		return new AgendaView.Step(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
				rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
				verdict == null ? null : Verdict.valueOf(verdict), rs.getString(9), rs.getObject(10, LocalDate.class),
				(Long) rs.getObject(11), (Integer) rs.getObject(12), (Long) rs.getObject(13), (Integer) rs.getObject(14),
				(Long) rs.getObject(15), (Integer) rs.getObject(16));
	}

	private static List<Long> longs(ResultSet rs, int column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	/** The years this municipality has an agenda, newest first. */
	public List<Integer> years(String municipality) {
		return jdbc.sql("select year from agendas_agenda where municipality = :m order by year desc limit 200")
			.param("m", municipality)
			.query(Integer.class)
			.list();
	}

	// ---- writing

	/**
	 * A new concept agenda for {@code municipality} in {@code year}.
	 *
	 * @throws Agenda.Refusal when it already has one that year
	 */
	@Transactional
	public long create(Network.MunicipalitySummary municipality, int year, Lead lead, String ambition) {
		try {
			return jdbc.sql("""
					insert into agendas_agenda (municipality, province, region_key, year, lead_organisation_id, lead_name,
					    contact_name, contact_email, contact_person_id, ambition)
					values (:m, :province, :region, :year, :org, :lead, :contact, :email, :person, :ambition) returning id
					""")
				.param("m", municipality.name())
				.param("province", municipality.province())
				.param("region", municipality.regionKey())
				.param("year", year)
				.param("org", lead.organisationId())
				.param("lead", lead.name())
				.param("contact", blankToNull(lead.contactName()))
				.param("email", blankToNull(lead.contactEmail()))
				.param("person", person(lead.contactEmail()))
				.param("ambition", ambition == null ? "" : ambition.strip())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new Agenda.Refusal("agendas.refused.exists");
		}
	}

	@Transactional
	public void changeBasics(long id, Lead lead, String ambition) {
		rules(id).requireOpen();
		jdbc.sql("""
				update agendas_agenda set lead_organisation_id = :org, lead_name = :lead, contact_name = :contact,
				    contact_email = :email, contact_person_id = :person, ambition = :ambition, updated_at = now()
				where id = :id
				""")
			.param("org", lead.organisationId())
			.param("lead", lead.name())
			.param("contact", blankToNull(lead.contactName()))
			.param("email", blankToNull(lead.contactEmail()))
			.param("person", person(lead.contactEmail()))
			.param("ambition", ambition == null ? "" : ambition.strip())
			.param("id", id)
			.update();
	}

	@Transactional
	public void changeAdvice(long id, String advice) {
		rules(id).requireOpen();
		jdbc.sql("update agendas_agenda set advice = :advice, updated_at = now() where id = :id")
			.param("advice", advice == null ? "" : advice.strip())
			.param("id", id)
			.update();
	}

	/** @throws Agenda.Refusal when a party of that name is on the agenda already */
	@Transactional
	public long addParty(long agendaId, PartyDetails party) {
		rules(agendaId).requireOpen();
		try {
			return jdbc.sql("""
					insert into agendas_party (agenda_id, organisation_id, name, kind, contact_name, contact_email, contact_person_id)
					values (:agenda, :org, :name, :kind, :contact, :email, :person) returning id
					""")
				.param("agenda", agendaId)
				.param("org", party.organisationId())
				.param("name", party.name().strip())
				.param("kind", party.kind().name())
				.param("contact", blankToNull(party.contactName()))
				.param("email", blankToNull(party.contactEmail()))
				.param("person", person(party.contactEmail()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new Agenda.Refusal("agendas.refused.partyExists");
		}
	}

	@Transactional
	public void changePartyContact(long agendaId, long partyId, String contactName, String contactEmail) {
		rules(agendaId).requireOpen();
		jdbc.sql("""
				update agendas_party set contact_name = :contact, contact_email = :email, contact_person_id = :person
				where id = :party and agenda_id = :agenda
				""")
			.param("contact", blankToNull(contactName))
			.param("email", blankToNull(contactEmail))
			.param("person", person(contactEmail))
			.param("party", partyId)
			.param("agenda", agendaId)
			.update();
	}

	/** Removes a party with its activities; refused while it owns steps. */
	@Transactional
	public void removeParty(long agendaId, long partyId) {
		rules(agendaId).requireOpen();
		boolean owns = jdbc.sql("select exists (select 1 from agendas_step where party_id = :party)")
			.param("party", partyId)
			.query(Boolean.class)
			.single();
		if (owns) {
			throw new Agenda.Refusal("agendas.refused.partyHasSteps");
		}
		jdbc.sql("delete from agendas_party where id = :party and agenda_id = :agenda")
			.param("party", partyId)
			.param("agenda", agendaId)
			.update();
	}

	@Transactional
	public void addActivity(long agendaId, long partyId, String what, String forWhom, String reach) {
		rules(agendaId).requireOpen();
		requireParty(agendaId, partyId);
		jdbc.sql("""
				insert into agendas_activity (agenda_id, party_id, what, for_whom, reach)
				values (:agenda, :party, :what, :forWhom, :reach)
				""")
			.param("agenda", agendaId)
			.param("party", partyId)
			.param("what", what.strip())
			.param("forWhom", forWhom == null ? "" : forWhom.strip())
			.param("reach", reach == null ? "" : reach.strip())
			.update();
	}

	@Transactional
	public void removeActivity(long agendaId, long activityId) {
		rules(agendaId).requireOpen();
		jdbc.sql("delete from agendas_activity where id = :id and agenda_id = :agenda")
			.param("id", activityId)
			.param("agenda", agendaId)
			.update();
	}

	/** A need, citing those of {@code signalIds} that are published signals of the agenda's municipality. */
	@Transactional
	public void addNeed(long agendaId, String what, String why, List<Long> signalIds) {
		Agenda agenda = rules(agendaId);
		agenda.requireOpen();
		List<Long> cited = signals.publishedAmong(signalIds.stream().map(SignalId::new).toList())
			.stream()
			.filter(s -> agenda.municipality().equals(s.municipality()))
			.map(s -> s.id().value())
			.toList();
		jdbc.sql("insert into agendas_need (agenda_id, what, why, signal_ids) values (:agenda, :what, :why, :signals)")
			.param("agenda", agendaId)
			.param("what", what.strip())
			.param("why", why == null ? "" : why.strip())
			.param("signals", cited.toArray(Long[]::new))
			.update();
	}

	@Transactional
	public void removeNeed(long agendaId, long needId) {
		rules(agendaId).requireOpen();
		jdbc.sql("delete from agendas_need where id = :id and agenda_id = :agenda")
			.param("id", needId)
			.param("agenda", agendaId)
			.update();
	}

	/** @throws Agenda.Refusal when the agenda is closed or the date falls outside its year */
	@Transactional
	public long addStep(long agendaId, StepDetails step) {
		Agenda agenda = rules(agendaId);
		agenda.requireOpen();
		if (!agenda.dueWithinYear(step.due())) {
			throw new Agenda.Refusal("agendas.step.due.year");
		}
		requireParty(agendaId, step.partyId());
		return jdbc.sql("""
				insert into agendas_step (agenda_id, party_id, need_id, what, due, measure, follows)
				values (:agenda, :party, (select id from agendas_need where id = :need and agenda_id = :agenda),
				        :what, :due, :measure, :follows)
				returning id
				""")
			.param("agenda", agendaId)
			.param("party", step.partyId())
			.param("need", step.needId())
			.param("what", step.what().strip())
			.param("due", step.due())
			.param("measure", step.measure().strip())
			.param("follows", step.follows())
			.query(Long.class)
			.single();
	}

	@Transactional
	public void changeStep(long agendaId, long stepId, StepDetails step) {
		Agenda agenda = rules(agendaId);
		agenda.requireOpen();
		if (!agenda.dueWithinYear(step.due())) {
			throw new Agenda.Refusal("agendas.step.due.year");
		}
		requireParty(agendaId, step.partyId());
		jdbc.sql("""
				update agendas_step set party_id = :party,
				    need_id = (select id from agendas_need where id = :need and agenda_id = :agenda),
				    what = :what, due = :due, measure = :measure, updated_at = now()
				where id = :id and agenda_id = :agenda
				""")
			.param("agenda", agendaId)
			.param("party", step.partyId())
			.param("need", step.needId())
			.param("what", step.what().strip())
			.param("due", step.due())
			.param("measure", step.measure().strip())
			.param("id", stepId)
			.update();
	}

	@Transactional
	public void removeStep(long agendaId, long stepId) {
		rules(agendaId).requireOpen();
		jdbc.sql("""
				delete from agendas_step s where s.id = :id and s.agenda_id = :agenda
				  and not exists (select 1 from agendas_step n where n.carried_from = s.id or n.follows = s.id)
				""")
			.param("id", stepId)
			.param("agenda", agendaId)
			.update();
	}

	@Transactional
	public void adopt(long agendaId) {
		Agenda agenda = rules(agendaId);
		int steps = jdbc.sql("select count(*) from agendas_step where agenda_id = :id").param("id", agendaId).query(Integer.class).single();
		setState(agenda.adopt(steps));
	}

	/** The verdict on one step of the agenda (with one sentence); null {@code verdict} takes it back. */
	@Transactional
	public void judge(long agendaId, long stepId, @Nullable Verdict verdict, String note, boolean secretariat) {
		judgeOn(agendaId, stepId, verdict, note, secretariat, LocalDate.now(clock));
	}

	/** The verdict as given on {@code on} (the demo data tells a history); only the secretariat gives "niet beoordeeld". */
	@Transactional
	public void judgeOn(long agendaId, long stepId, Verdict verdict, String note, LocalDate on) {
		judgeOn(agendaId, stepId, verdict, note, true, on);
	}

	private void judgeOn(long agendaId, long stepId, @Nullable Verdict verdict, String note, boolean secretariat, LocalDate on) {
		Agenda agenda = rules(agendaId);
		agenda.requireVerdict(verdict, secretariat);
		int changed = jdbc.sql("""
				update agendas_step set verdict = :verdict, verdict_note = :note, verdict_on = :on, updated_at = now()
				where id = :id and agenda_id = :agenda
				""")
			.param("verdict", verdict == null ? null : verdict.name())
			.param("note", verdict == null ? null : blankToNull(note))
			.param("on", verdict == null ? null : on)
			.param("id", stepId)
			.param("agenda", agendaId)
			.update();
		if (changed == 0) {
			throw new Agenda.Refusal("agendas.refused.noStep");
		}
	}

	/** Closes the year: every step must have a verdict. */
	@Transactional
	public void close(long agendaId) {
		Agenda agenda = rules(agendaId);
		// a step without a verdict (null) keeps the agenda open
		List<Verdict> verdicts = new ArrayList<>();
		for (String verdict : jdbc.sql("select verdict from agendas_step where agenda_id = :id")
			.param("id", agendaId)
			.query(String.class)
			.list()) {
			verdicts.add(verdict == null ? null : Verdict.valueOf(verdict));
		}
		setState(agenda.close(verdicts));
	}

	/** What carrying on made: next year's agenda, and the reached steps whose owners are asked for a follow-up now. */
	public record CarriedOn(long agendaId, int year, List<FollowUp> asked) {
	}

	/** A step reached last year whose owner (a party of the new agenda) is asked what comes next. */
	public record FollowUp(long agendaId, long partyId, String partyName, String contactName, String contactEmail,
			long stepId, String stepWhat, int stepYear) {
	}

	/**
	 * Makes next year's agenda from a closed one (or fills the one that exists, when it is still
	 * open): kartrekker, ambition, parties and activities copied; steps not (fully) reached carried
	 * on with a date a year later, each pointing back to where it came from; for every reached step
	 * its owner asked for a follow-up. Running it again creates nothing twice and asks nobody again.
	 */
	@Transactional
	public CarriedOn carryOn(long agendaId) {
		Agenda agenda = rules(agendaId);
		agenda.requireCarryOn();
		int year = agenda.year() + 1;
		jdbc.sql("""
				insert into agendas_agenda (municipality, province, region_key, year, lead_organisation_id, lead_name,
				    contact_name, contact_email, contact_person_id, ambition, carried_from)
				select municipality, province, region_key, year + 1, lead_organisation_id, lead_name,
				       contact_name, contact_email, contact_person_id, ambition, id
				from agendas_agenda where id = :id
				on conflict do nothing
				""")
			.param("id", agendaId)
			.update();
		long next = jdbc.sql("select id from agendas_agenda where municipality = :m and year = :year")
			.param("m", agenda.municipality())
			.param("year", year)
			.query(Long.class)
			.single();
		rules(next).requireOpen();
		Map<String, Object> ids = Map.of("old", agendaId, "next", next);
		jdbc.sql("""
				insert into agendas_party (agenda_id, organisation_id, name, kind, contact_name, contact_email, contact_person_id, carried_from)
				select :next, organisation_id, name, kind, contact_name, contact_email, contact_person_id, id
				from agendas_party where agenda_id = :old order by id
				on conflict do nothing
				""").params(ids).update();
		jdbc.sql("""
				insert into agendas_activity (agenda_id, party_id, what, for_whom, reach, carried_from)
				select :next, np.id, t.what, t.for_whom, t.reach, t.id
				from agendas_activity t join agendas_party op on op.id = t.party_id
				join agendas_party np on np.agenda_id = :next and lower(np.name) = lower(op.name)
				where t.agenda_id = :old order by t.id
				on conflict do nothing
				""").params(ids).update();
		jdbc.sql("""
				insert into agendas_step (agenda_id, party_id, what, due, measure, carried_from)
				select :next, np.id, s.what, (s.due + interval '1 year')::date, s.measure, s.id
				from agendas_step s join agendas_party op on op.id = s.party_id
				join agendas_party np on np.agenda_id = :next and lower(np.name) = lower(op.name)
				where s.agenda_id = :old and s.verdict in ('DEELS_BEHAALD', 'NIET_BEHAALD') order by s.due, s.id
				on conflict do nothing
				""").params(ids).update();
		List<Long> asked = jdbc.sql("""
				insert into agendas_follow_up (agenda_id, step_id, party_id)
				select :next, s.id, np.id
				from agendas_step s join agendas_party op on op.id = s.party_id
				join agendas_party np on np.agenda_id = :next and lower(np.name) = lower(op.name)
				where s.agenda_id = :old and s.verdict = 'BEHAALD'
				on conflict do nothing
				returning step_id
				""").params(ids).query(Long.class).list();
		return new CarriedOn(next, year, followUps("f.agenda_id = :next and f.step_id = any(:steps)",
				Map.of("next", next, "steps", asked.toArray(Long[]::new))));
	}

	/** The follow-ups a party was asked for and has not yet answered with a step. */
	public List<FollowUp> openFollowUps(long partyId) {
		return followUps("f.party_id = :party and not exists (select 1 from agendas_step n where n.follows = f.step_id)",
				Map.of("party", partyId));
	}

	private List<FollowUp> followUps(String condition, Map<String, Object> params) {
		return jdbc.sql("""
				select f.agenda_id, p.id, p.name, p.contact_name, p.contact_email, s.id, s.what, sa.year
				from agendas_follow_up f join agendas_party p on p.id = f.party_id
				join agendas_step s on s.id = f.step_id join agendas_agenda sa on sa.id = s.agenda_id
				where""" + " " + condition + " order by p.id, s.due, s.id limit 500")
			.params(params)
			.query((rs, row) -> new FollowUp(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(6), rs.getString(7), rs.getInt(8)))
			.list();
	}

	private void setState(Agenda agenda) {
		jdbc.sql("update agendas_agenda set state = :state, updated_at = now() where id = :id")
			.param("state", agenda.state().name())
			.param("id", agenda.id())
			.update();
	}

	/** The rules of one agenda, its row locked until the transaction ends. */
	Agenda rules(long agendaId) {
		return jdbc.sql("""
				select id, municipality, year, state, lead_organisation_id, ambition from agendas_agenda where id = :id for update
				""")
			.param("id", agendaId)
			.query((rs, row) -> new Agenda(rs.getLong(1), rs.getString(2), rs.getInt(3),
					AgendaState.valueOf(rs.getString(4)), (Long) rs.getObject(5), rs.getString(6)))
			.optional()
			.orElseThrow(() -> new Agenda.Refusal("agendas.refused.noAgenda"));
	}

	private void requireParty(long agendaId, long partyId) {
		boolean known = jdbc.sql("select exists (select 1 from agendas_party where id = :party and agenda_id = :agenda)")
			.param("party", partyId)
			.param("agenda", agendaId)
			.query(Boolean.class)
			.single();
		if (!known) {
			throw new Agenda.Refusal("agendas.step.party.required");
		}
	}

	private @Nullable Long person(@Nullable String email) {
		return network.personWithEmail(email).map(PersonId::value).orElse(null);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
