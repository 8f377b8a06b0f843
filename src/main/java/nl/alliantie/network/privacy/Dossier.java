package nl.alliantie.network.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.KeptElsewhere;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.Audit;

/**
 * Everything stored about one person, in a fixed number of queries (and those of each module's
 * {@link KeptElsewhere}); the same for page and JSON.
 */
@Component
public class Dossier {

	/** {@code language}: of the mail to this person, {@code nl}, {@code en} or {@code null} (not known: Dutch). */
	public record PersonalData(long id, String name, String email, String phone, Instant createdAt, Instant erasedAt,
			List<Consent> consents, List<RoleHeld> roles, List<Representation> represents, List<CallReply> callReplies,
			List<Audit.Entry> changes, List<KeptElsewhere.Kept> elsewhere, String language) {
	}

	public record Consent(String kind, Instant givenAt, String how) {
	}

	public record RoleHeld(String role, String scope, String scopeName) {
	}

	public record Representation(long organisationId, String organisation, Instant since) {
	}

	public record CallReply(long callId, String call, String answer, Instant answeredAt) {
	}

	private final JdbcClient jdbc;

	private final Audit audit;

	private final List<KeptElsewhere> elsewhere;

	Dossier(JdbcClient jdbc, Audit audit, List<KeptElsewhere> elsewhere) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.elsewhere = elsewhere;
	}

	public Optional<PersonalData> of(long personId) {
		record Head(long id, String name, String email, String phone, Instant createdAt, Instant erasedAt,
				String language) {
		}
		return jdbc.sql("select id, name, email, phone, created_at, erased_at, language from network_person where id = :id")
			.param("id", personId)
			.query(Head.class)
			.optional()
			.map(head -> new PersonalData(head.id(), head.name(), head.email(), head.phone(), head.createdAt(),
					head.erasedAt(),
					jdbc.sql("select kind, given_at, how from network_consent where person_id = :id order by kind")
						.param("id", personId)
						.query(Consent.class)
						.list(),
					jdbc.sql("""
							select r.role, r.scope, coalesce(o.name, g.name, r.scope) as scope_name
							from network_person_role r
							left join network_organisation o on r.role in ('CONTACTPERSOON', 'KADERLID') and o.id::text = r.scope
							left join network_region g on r.role = 'REGIOCOORDINATOR' and g.key = r.scope
							where r.person_id = :id order by r.role, r.scope
							""")
						.param("id", personId)
						.query(RoleHeld.class)
						.list(),
					jdbc.sql("""
							select o.id as organisation_id, o.name as organisation, r.since
							from network_representative r join network_organisation o on o.id = r.organisation_id
							where r.person_id = :id order by o.name
							""")
						.param("id", personId)
						.query(Representation.class)
						.list(),
					jdbc.sql("""
							select c.id as call_id, c.title as call, r.answer, r.answered_at
							from network_call_recipient r join network_call c on c.id = r.call_id
							where r.first_person_id = :id or r.second_person_id = :id order by r.answered_at desc
							""")
						.param("id", personId)
						.query(CallReply.class)
						.list(),
					audit.ofPerson(personId),
					elsewhere.stream().flatMap(module -> module.of(new PersonId(personId), head.email()).stream()).toList(),
					head.language()));
	}
}
