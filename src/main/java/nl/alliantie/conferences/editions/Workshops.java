package nl.alliantie.conferences.editions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshops (werkgroepen) of an edition, numbered within it; a day offers some of them as
 * sessions ({@link Days#offerWorkshop}).
 */
@Service
public class Workshops {

	private final JdbcClient jdbc;

	private final PublicViews kept;

	Workshops(JdbcClient jdbc, PublicViews kept) {
		this.jdbc = jdbc;
		this.kept = kept;
	}

	public List<Workshop> workshops(long editionId) {
		return jdbc.sql("select id, number, title, description, facilitator from conferences_workshop where edition_id = :id order by number")
			.param("id", editionId)
			.query((rs, n) -> new Workshop(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}


	@Transactional
	public long addWorkshop(long editionId, String title, String description, String facilitator) {
		kept.forget();
		jdbc.sql("select id from conferences_edition where id = :id for update").param("id", editionId).query(Long.class).single();
		return jdbc.sql("""
				insert into conferences_workshop (edition_id, number, title, description, facilitator)
				values (:edition, (select coalesce(max(number), 0) + 1 from conferences_workshop where edition_id = :edition),
				        :title, :description, :facilitator) returning id
				""")
			.param("edition", editionId)
			.param("title", title.trim())
			.param("description", blankToEmpty(description))
			.param("facilitator", blankToEmpty(facilitator))
			.query(Long.class)
			.single();
	}

	public boolean updateWorkshop(long workshopId, String title, String description, String facilitator) {
		kept.forget();
		return jdbc.sql("update conferences_workshop set title = :title, description = :description, facilitator = :facilitator where id = :id")
			.param("title", title.trim())
			.param("description", blankToEmpty(description))
			.param("facilitator", blankToEmpty(facilitator))
			.param("id", workshopId)
			.update() == 1;
	}

	/** People registered or waiting who chose this workshop (first or second choice) or have a place in it. */
	public int activeRegistrationsOfWorkshop(long workshopId) {
		return jdbc.sql("""
				select count(*) from conferences_registration r
				where r.status <> 'cancelled'
				  and exists (select 1 from conferences_session s where s.workshop_id = :id
				              and s.id in (r.first_choice, r.second_choice, r.session_id))
				""")
			.param("id", workshopId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Removes a workshop from the edition and from every day; refused while anybody registered or
	 * waiting chose it. The workshops after it move up one number.
	 */
	@Transactional
	public Removal deleteWorkshop(long workshopId) {
		jdbc.sql("""
				select id from conferences_day where id in (select day_id from conferences_session where workshop_id = :id)
				order by id for update
				""")
			.param("id", workshopId)
			.query(Long.class)
			.list();
		Optional<Workshop> workshop = jdbc.sql("select id, number, title, description, facilitator, edition_id from conferences_workshop where id = :id for update")
			.param("id", workshopId)
			.query((rs, n) -> new Workshop(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.optional();
		if (workshop.isEmpty()) {
			return Removal.done();
		}
		int active = activeRegistrationsOfWorkshop(workshopId);
		if (active > 0) {
			return Removal.refused(active);
		}
		kept.forget();
		long editionId = jdbc.sql("delete from conferences_workshop where id = :id returning edition_id")
			.param("id", workshopId)
			.query(Long.class)
			.single();
		// two steps, so that no two workshops hold the same number in between
		jdbc.sql("update conferences_workshop set number = -(number - 1) where edition_id = :edition and number > :number")
			.param("edition", editionId)
			.param("number", workshop.get().number())
			.update();
		jdbc.sql("update conferences_workshop set number = -number where edition_id = :edition and number < 0")
			.param("edition", editionId)
			.update();
		return Removal.done();
	}


	private static String blankToEmpty(String text) {
		return text == null ? "" : text.trim();
	}
}
