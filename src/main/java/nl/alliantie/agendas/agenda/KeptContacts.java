package nl.alliantie.agendas.agenda;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.KeptElsewhere;
import nl.alliantie.network.PersonId;

/**
 * The person's own data shows where an agenda (as contact of the kartrekker or of a party) or a
 * good practice names them: by register id or by address, in one query. {@link ContactErasure}
 * forgets the same rows.
 */
@Component
class KeptContacts implements KeptElsewhere {

	private final JdbcClient jdbc;

	KeptContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Kept> of(PersonId person, String email) {
		String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		return jdbc.sql("""
				select 'agendas.mydata.agenda' as kind, a.municipality || ' ' || a.year || ': ' || coalesce(a.contact_name, '')
				       || ' <' || coalesce(a.contact_email, '') || '>' as text, a.municipality as m, a.year as y, 0 as o, a.id as i
				from agendas_agenda a where a.contact_person_id = :person or lower(a.contact_email) = :email
				union all
				select 'agendas.mydata.party', p.name || ' (' || a.municipality || ' ' || a.year || '): ' || coalesce(p.contact_name, '')
				       || ' <' || coalesce(p.contact_email, '') || '>', a.municipality, a.year, 1, p.id
				from agendas_party p join agendas_agenda a on a.id = p.agenda_id
				where p.contact_person_id = :person or lower(p.contact_email) = :email
				union all
				select 'agendas.mydata.practice', r.title || ': ' || coalesce(r.contact_name, '') || ' <' || coalesce(r.contact_email, '') || '>',
				       null, r.id, 2, r.id
				from agendas_practice r where lower(r.contact_email) = :email
				order by 5, 6
				""")
			.param("person", person.value())
			.param("email", address)
			.query((rs, n) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3) == null
					? "/praktijken/" + rs.getLong(4) : AgendaView.href(rs.getString(3), rs.getInt(4))))
			.list();
	}
}
