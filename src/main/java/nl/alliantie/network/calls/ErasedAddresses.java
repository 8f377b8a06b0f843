package nl.alliantie.network.calls;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.people.People;

/** An erased person's address also goes from the prospects of calls, in the same transaction. */
@Component
class ErasedAddresses {

	private final JdbcClient jdbc;

	ErasedAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void forget(People.ErasedAddress erased) {
		jdbc.sql("update network_call_recipient set email = null where organisation_id is null and lower(email) = lower(:email)")
			.param("email", erased.email())
			.update();
	}
}
