package nl.alliantie.conferences.registrations;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.KeptElsewhere;
import nl.alliantie.network.PersonId;

/**
 * The person's own data shows their registrations, for Alliantiedagen and for one-off events
 * alike (docs/adr/0031): found by address in one query (the address index); erased rows no longer
 * carry it. {@link ErasedRegistrants} and {@link RegistrationRetention} forget the same rows.
 */
@Component
class KeptRegistrations implements KeptElsewhere {

	private final JdbcClient jdbc;

	KeptRegistrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Kept> of(PersonId person, String email) {
		if (email == null || email.isBlank()) {
			return List.of();
		}
		return jdbc.sql("""
				select coalesce(d.title, 'Alliantiedag ' || e.year || ' ' || d.town) || ', ' || to_char(d.date, 'DD-MM-YYYY')
				       || ': ' || r.name || ' <' || r.email || '>, ' || r.status
				       || case when r.organisation <> '' then ', ' || r.organisation else '' end,
				       coalesce(d.path, '/alliantiedagen/' || e.year || '/' || d.number)
				from conferences_registration r join conferences_day d on d.id = r.day_id
				left join conferences_edition e on e.id = d.edition_id
				where lower(r.email) = :email order by d.date, r.id
				""")
			.param("email", email.strip().toLowerCase(Locale.ROOT))
			.query((rs, n) -> new Kept("conferences.mydata.registration", rs.getString(1), rs.getString(2)))
			.list();
	}
}
