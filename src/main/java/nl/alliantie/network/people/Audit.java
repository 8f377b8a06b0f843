package nl.alliantie.network.people;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.CurrentAccount;

/** The log of changes to personal data: who, when, which field; never the value. */
@Component
public class Audit {

	public record Entry(long id, long personId, String personName, String field, String action, String actor,
			Instant changedAt) {
	}

	private final JdbcClient jdbc;

	private final Access access;

	Audit(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** Who acts now: the logged-in account, or the given label (a mailed link, an import). */
	public String actor(String otherwise) {
		return access.current().map(CurrentAccount::email).orElse(otherwise);
	}

	public void record(long personId, String field, String action, String actor) {
		jdbc.sql("insert into network_audit (person_id, field, action, actor) values (:person, :field, :action, :actor)")
			.param("person", personId)
			.param("field", field)
			.param("action", action)
			.param("actor", actor)
			.update();
	}

	public void record(long personId, List<String> fields, String action, String actor) {
		fields.forEach(field -> record(personId, field, action, actor));
	}

	public List<Entry> ofPerson(long personId) {
		return jdbc.sql("""
				select a.id, a.person_id, p.name as person_name, a.field, a.action, a.actor, a.changed_at
				from network_audit a join network_person p on p.id = a.person_id
				where a.person_id = :person order by a.changed_at desc, a.id desc
				""")
			.param("person", personId)
			.query(Entry.class)
			.list();
	}

	public List<Entry> page(int offset, int limit) {
		return jdbc.sql("""
				select a.id, a.person_id, p.name as person_name, a.field, a.action, a.actor, a.changed_at
				from network_audit a join network_person p on p.id = a.person_id
				order by a.changed_at desc, a.id desc offset :offset limit :limit
				""")
			.param("offset", offset)
			.param("limit", limit)
			.query(Entry.class)
			.list();
	}
}
