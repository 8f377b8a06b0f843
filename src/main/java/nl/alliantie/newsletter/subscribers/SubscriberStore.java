package nl.alliantie.newsletter.subscribers;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code newsletter_subscriber} and {@code newsletter_consent}. */
@Repository
class SubscriberStore {

	/** One subscriber as stored. */
	record Subscriber(long id, String email, String name, SubscriberStatus status, String source, @Nullable Long personId,
			String unsubscribeToken, Instant createdAt, @Nullable Instant confirmedAt, @Nullable Instant leftAt, String suspendedReason) {
	}

	/** One line of the consent record. */
	record Consent(String kind, Instant at, String text, String origin) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String COLUMNS = """
			id, email, name, status, source, person_id, unsubscribe_token, created_at, confirmed_at, left_at, suspended_reason""";

	private final JdbcClient jdbc;

	SubscriberStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String newToken() {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	Optional<Subscriber> byEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from newsletter_subscriber where lower(email) = lower(:email)")
			.param("email", email.trim())
			.query(SubscriberStore::map)
			.optional();
	}

	Optional<Subscriber> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from newsletter_subscriber where id = :id")
			.param("id", id)
			.query(SubscriberStore::map)
			.optional();
	}

	Optional<Subscriber> byUnsubscribeToken(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from newsletter_subscriber where unsubscribe_token = :token")
			.param("token", token)
			.query(SubscriberStore::map)
			.optional();
	}

	/**
	 * A new unconfirmed subscriber, or the existing row of this address made unconfirmed again when
	 * it had left or was suspended (a confirmed subscriber stays as is). Returns the row as it is now.
	 */
	Subscriber request(String email, @Nullable String name, String source, @Nullable Long personId, Instant at) {
		jdbc.sql("""
				insert into newsletter_subscriber (email, name, status, source, person_id, unsubscribe_token, created_at)
				values (:email, :name, 'UNCONFIRMED', :source, :person, :token, :at)
				on conflict (lower(email)) do update
				set status = 'UNCONFIRMED', created_at = excluded.created_at, left_at = null, left_issue_id = null,
				    suspended_reason = null, soft_bounces = 0,
				    name = coalesce(excluded.name, newsletter_subscriber.name),
				    person_id = coalesce(excluded.person_id, newsletter_subscriber.person_id)
				where newsletter_subscriber.status in ('UNSUBSCRIBED', 'SUSPENDED')
				""")
			.param("email", email.trim())
			.param("name", name)
			.param("source", source)
			.param("person", personId)
			.param("token", newToken())
			.param("at", java.sql.Timestamp.from(at))
			.update();
		return byEmail(email).orElseThrow();
	}

	/** A confirmed subscriber straight away (an import with a documented consent basis). */
	boolean importConfirmed(String email, @Nullable String name, Instant at) {
		return jdbc.sql("""
				insert into newsletter_subscriber (email, name, status, source, unsubscribe_token, created_at, confirmed_at)
				values (:email, :name, 'CONFIRMED', 'IMPORT', :token, :at, :at)
				on conflict (lower(email)) do nothing
				""")
			.param("email", email.trim())
			.param("name", name)
			.param("token", newToken())
			.param("at", java.sql.Timestamp.from(at))
			.update() == 1;
	}

	boolean confirm(long id, Instant at) {
		return jdbc.sql("""
				update newsletter_subscriber set status = 'CONFIRMED', confirmed_at = :at
				where id = :id and status = 'UNCONFIRMED'
				""")
			.param("id", id)
			.param("at", java.sql.Timestamp.from(at))
			.update() == 1;
	}

	/** Ends the subscription; false when it had ended already. */
	boolean leave(long id, @Nullable Long issueId, Instant at) {
		return jdbc.sql("""
				update newsletter_subscriber set status = 'UNSUBSCRIBED', left_at = :at, left_issue_id = :issue
				where id = :id and status <> 'UNSUBSCRIBED'
				""")
			.param("id", id)
			.param("issue", issueId)
			.param("at", java.sql.Timestamp.from(at))
			.update() == 1;
	}

	/** A new address: unconfirmed until its owner confirms it, with a new unsubscribe token. */
	boolean changeAddress(long id, String email, Instant at) {
		return jdbc.sql("""
				update newsletter_subscriber
				set email = :email, status = 'UNCONFIRMED', created_at = :at, confirmed_at = null,
				    unsubscribe_token = :token, soft_bounces = 0, suspended_reason = null
				where id = :id and not exists (
				    select 1 from newsletter_subscriber o where lower(o.email) = lower(:email) and o.id <> :id)
				""")
			.param("id", id)
			.param("email", email.trim())
			.param("token", newToken())
			.param("at", java.sql.Timestamp.from(at))
			.update() == 1;
	}

	void erase(long id) {
		jdbc.sql("delete from newsletter_subscriber where id = :id").param("id", id).update();
	}

	int eraseOfPerson(long personId) {
		return jdbc.sql("delete from newsletter_subscriber where person_id = :person").param("person", personId).update();
	}

	/** Removes subscriptions never confirmed since {@code before}. */
	int removeUnconfirmed(Instant before) {
		return jdbc.sql("delete from newsletter_subscriber where status = 'UNCONFIRMED' and created_at < :before")
			.param("before", java.sql.Timestamp.from(before))
			.update();
	}

	void record(long subscriberId, String kind, Instant at, String text, String origin) {
		jdbc.sql("""
				insert into newsletter_consent (subscriber_id, kind, at, consent_text, origin)
				values (:subscriber, :kind, :at, :text, :origin)
				""")
			.param("subscriber", subscriberId)
			.param("kind", kind)
			.param("at", java.sql.Timestamp.from(at))
			.param("text", text)
			.param("origin", origin)
			.update();
	}

	List<Consent> consents(long subscriberId) {
		return jdbc.sql("""
				select kind, at, consent_text, origin from newsletter_consent
				where subscriber_id = :subscriber order by at, id
				""")
			.param("subscriber", subscriberId)
			.query((rs, row) -> new Consent(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	private static Subscriber map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long person = rs.getLong("person_id");
		Long personId = rs.wasNull() ? null : person;
		return new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
				SubscriberStatus.valueOf(rs.getString("status")), rs.getString("source"), personId,
				rs.getString("unsubscribe_token"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("confirmed_at")), instant(rs.getTimestamp("left_at")),
				rs.getString("suspended_reason"));
	}

	private static @Nullable Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
