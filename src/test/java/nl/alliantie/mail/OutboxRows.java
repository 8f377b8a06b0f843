package nl.alliantie.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.events.EventsHeard;

/**
 * For tests that show that nothing more is sent: every mail is one outbox row, queued in the
 * transaction of the action or of the listener that heard its event. Once every event has been
 * heard, the rows to an address are all the mail it will ever get for what happened so far, so a
 * test counts them instead of sleeping and counting what arrived.
 */
@Component
public class OutboxRows {

	private final JdbcClient jdbc;

	private final EventsHeard events;

	OutboxRows(JdbcClient jdbc, EventsHeard events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The mails queued to {@code address} so far, once every event published so far was heard. */
	public int to(String address) {
		events.await();
		return jdbc.sql("select count(*) from mail_outbox where lower(recipient) = lower(:address)")
			.param("address", address)
			.query(Integer.class)
			.single();
	}

	/** The mails queued to {@code address} whose subject starts with {@code subject}, as {@link #to(String)}. */
	public int to(String address, String subject) {
		events.await();
		return jdbc.sql("""
				select count(*) from mail_outbox
				 where lower(recipient) = lower(:address) and starts_with(subject, :subject)""")
			.param("address", address)
			.param("subject", subject)
			.query(Integer.class)
			.single();
	}
}
