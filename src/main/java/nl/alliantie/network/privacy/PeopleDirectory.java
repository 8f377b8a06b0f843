package nl.alliantie.network.privacy;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The secretariat's list of people, searched by name or address, one query per page. */
@Component
class PeopleDirectory {

	private final JdbcClient jdbc;

	PeopleDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PeopleAdminController.PersonRow> rows(String query, int offset, int limit) {
		String like = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				select p.id, p.name, p.email, p.phone, p.erased_at,
				       (select count(*) from network_representative r where r.person_id = p.id) as organisations
				from network_person p
				where cast(:like as text) is null or lower(p.name) like :like or lower(p.email) like :like
				order by lower(p.name), p.id offset :offset limit :limit
				""")
			.param("like", like)
			.param("offset", offset)
			.param("limit", limit)
			.query(PeopleAdminController.PersonRow.class)
			.list();
	}

	boolean organisationExists(long id) {
		return jdbc.sql("select exists (select 1 from network_organisation where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}
}
