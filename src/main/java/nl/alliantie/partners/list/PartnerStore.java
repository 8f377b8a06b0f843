package nl.alliantie.partners.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.images.Images;

/** The table {@code partners_partner}: a list is one query in the secretariat's order, without the logos' bytes. */
@Repository
public class PartnerStore {

	/** No alliance has more; the public page lists them all. */
	static final int MAX = 200;

	private static final String COLUMNS = "id, name, kind, website, description, position, logo_type, "
			+ "coalesce(logo_width, 0), coalesce(logo_height, 0), updated_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	PartnerStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Partners first, then funders, each in their order. */
	public List<Partner> all() {
		return jdbc.sql("select " + COLUMNS + " from partners_partner order by kind desc, position, name limit " + MAX)
			.query((rs, row) -> partner(rs))
			.list();
	}

	public Optional<Partner> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from partners_partner where id = :id")
			.param("id", id)
			.query((rs, row) -> partner(rs))
			.optional();
	}

	public Optional<Images.Picture> logo(long id) {
		return jdbc.sql("select logo, logo_type, logo_width, logo_height from partners_partner where id = :id and logo is not null")
			.param("id", id)
			.query((rs, row) -> new Images.Picture(rs.getBytes(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
			.optional();
	}

	@Transactional
	public long add(String name, PartnerKind kind, String website, String description, int position, Images.@Nullable Picture logo) {
		long id = jdbc.sql("""
				insert into partners_partner (name, kind, website, description, position, updated_at)
				values (:name, :kind, :website, :description, :position, :now) returning id
				""")
			.param("name", name)
			.param("kind", kind.name())
			.param("website", website.isEmpty() ? null : website)
			.param("description", description)
			.param("position", position)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		if (logo != null) {
			setLogo(id, logo);
		}
		return id;
	}

	@Transactional
	public boolean change(long id, String name, PartnerKind kind, String website, String description, int position,
			Images.@Nullable Picture logo, boolean removeLogo) {
		boolean changed = jdbc.sql("""
				update partners_partner set name = :name, kind = :kind, website = :website, description = :description,
				       position = :position, updated_at = :now where id = :id
				""")
			.param("id", id)
			.param("name", name)
			.param("kind", kind.name())
			.param("website", website.isEmpty() ? null : website)
			.param("description", description)
			.param("position", position)
			.param("now", Timestamp.from(clock.instant()))
			.update() == 1;
		if (changed && logo != null) {
			setLogo(id, logo);
		}
		else if (changed && removeLogo) {
			jdbc.sql("update partners_partner set logo = null, logo_type = null, logo_width = null, logo_height = null where id = :id")
				.param("id", id)
				.update();
		}
		return changed;
	}

	@Transactional
	public boolean remove(long id) {
		return jdbc.sql("delete from partners_partner where id = :id").param("id", id).update() == 1;
	}

	private void setLogo(long id, Images.Picture logo) {
		jdbc.sql("update partners_partner set logo = :logo, logo_type = :type, logo_width = :width, logo_height = :height where id = :id")
			.param("id", id)
			.param("logo", logo.content())
			.param("type", logo.contentType())
			.param("width", logo.width())
			.param("height", logo.height())
			.update();
	}

	private static Partner partner(ResultSet rs) throws SQLException {
		return new Partner(rs.getLong(1), rs.getString(2), PartnerKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getInt(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getTimestamp(10).toInstant());
	}
}
