package nl.alliantie.network.organisations;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.Role;
import nl.alliantie.shared.web.PersonalAdminLinks;

/**
 * A representative's start page leads to each organisation they speak for (one query, however
 * many); the secretariat and coordinators find organisations through the directory instead.
 */
@Component
class RepresentedOrganisations implements PersonalAdminLinks {

	private final JdbcClient jdbc;

	private final Access access;

	private final MessageSource messages;

	RepresentedOrganisations(JdbcClient jdbc, Access access, MessageSource messages) {
		this.jdbc = jdbc;
		this.access = access;
		this.messages = messages;
	}

	/** The ids of the organisations the person logged in represents, lowest first. */
	List<Long> ids() {
		return access.current()
			.map(account -> account.scopes(Role.VERTEGENWOORDIGER))
			.orElse(java.util.Set.of())
			.stream()
			.map(RepresentedOrganisations::id)
			.filter(java.util.Objects::nonNull)
			.sorted()
			.toList();
	}

	@Override
	public List<Link> forCurrentViewer(Locale locale) {
		List<Long> ids = ids();
		if (ids.isEmpty()) {
			return List.of();
		}
		record Named(long id, String name) {
		}
		return jdbc.sql("select id, name from network_organisation where id in (:ids) order by lower(name), id")
			.param("ids", ids)
			.query(Named.class)
			.list()
			.stream()
			.map(o -> new Link(messages.getMessage("network.admin.mine.title", new Object[] { o.name() }, locale),
					messages.getMessage("network.admin.mine.description", null, locale),
					"/beheer/organisaties/" + o.id()))
			.toList();
	}

	private static @Nullable Long id(String scope) {
		try {
			return Long.valueOf(scope);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
