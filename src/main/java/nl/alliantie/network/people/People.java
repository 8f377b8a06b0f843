package nl.alliantie.network.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.AccountId;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.network.PersonErased;
import nl.alliantie.network.PersonId;

/** Writes to people: each change of a personal field is logged in {@link Audit}. */
@Service
public class People {

	private final JdbcClient jdbc;

	private final Audit audit;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final nl.alliantie.mail.Outbox outbox;

	People(JdbcClient jdbc, Audit audit, Accounts accounts, ApplicationEventPublisher events, Clock clock,
			nl.alliantie.mail.Outbox outbox) {
		this.outbox = outbox;
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
		this.events = events;
	}

	public Optional<Person> find(long id) {
		return jdbc.sql("select id, name, email, phone, erased_at from network_person where id = :id")
			.param("id", id)
			.query((rs, row) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
			.optional();
	}

	public Optional<PersonId> findByEmail(String email) {
		String normalised = Person.normaliseEmail(email);
		if (normalised == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from network_person where lower(email) = :email")
			.param("email", normalised)
			.query(Long.class)
			.optional()
			.map(PersonId::new);
	}

	/** The person with this e-mail address, created when there is none (a double submit finds it). */
	@Transactional
	public PersonId findOrCreate(String name, String email, @Nullable String phone, String actor) {
		return findOrCreate(name, email, phone, actor, null);
	}

	/**
	 * As {@link #findOrCreate(String, String, String, String)}, from pages in {@code language}
	 * ({@code nl} or {@code en}): a person whose language is not known yet takes it; one who has
	 * a language keeps it (they or the secretariat chose it).
	 */
	@Transactional
	public PersonId findOrCreate(String name, String email, @Nullable String phone, String actor,
			java.util.@Nullable Locale language) {
		PersonId id = findOrCreateWithoutLanguage(name, email, phone, actor);
		if (language != null && jdbc.sql("update network_person set language = :language where id = :id and language is null")
			.param("language", languageCode(language))
			.param("id", id.value())
			.update() == 1) {
			audit.record(id.value(), "taal", "aangemaakt", actor);
		}
		return id;
	}

	/** Sets the language of mail to this person ({@code nl} or {@code en}; anything else is refused). */
	@Transactional
	public void setLanguage(PersonId id, String language, String actor) {
		if (!"nl".equals(language) && !"en".equals(language)) {
			throw new IllegalArgumentException("no language: " + language);
		}
		if (jdbc.sql("""
				update network_person set language = :language
				where id = :id and erased_at is null and language is distinct from :language
				""")
			.param("language", language)
			.param("id", id.value())
			.update() == 1) {
			audit.record(id.value(), "taal", "gewijzigd", actor);
		}
	}

	private static String languageCode(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? "en" : "nl";
	}

	private PersonId findOrCreateWithoutLanguage(String name, String email, @Nullable String phone, String actor) {
		Person person = Person.create(name, email, phone);
		Optional<Long> created = jdbc.sql("""
				insert into network_person (name, email, phone) values (:name, :email, :phone)
				on conflict (lower(email)) do nothing returning id
				""")
			.param("name", person.name())
			.param("email", person.email())
			.param("phone", person.phone())
			.query(Long.class)
			.optional();
		if (created.isPresent()) {
			List<String> fields = person.phone() == null ? List.of("naam", "email") : List.of("naam", "email", "telefoon");
			audit.record(created.get(), fields, "aangemaakt", actor);
			return new PersonId(created.get());
		}
		return findByEmail(email).orElseThrow();
	}

	/** Changes the personal fields; throws DuplicateKeyException when the e-mail address is taken. */
	@Transactional
	public List<String> update(PersonId id, String name, String email, String phone, String actor) {
		Person person = find(id.value()).orElseThrow();
		List<String> changed = person.change(name, email, phone);
		if (!changed.isEmpty()) {
			jdbc.sql("update network_person set name = :name, email = :email, phone = :phone where id = :id")
				.param("name", person.name())
				.param("email", person.email())
				.param("phone", person.phone())
				.param("id", id.value())
				.update();
			audit.record(id.value(), changed, "gewijzigd", actor);
		}
		return changed;
	}

	@Transactional
	public void addRole(PersonId id, PersonRole role, String scope, String actor) {
		int added = jdbc.sql("insert into network_person_role (person_id, role, scope) values (:id, :role, :scope) on conflict do nothing")
			.param("id", id.value())
			.param("role", role.name())
			.param("scope", scope == null ? "" : scope)
			.update();
		if (added == 1) {
			audit.record(id.value(), "rol " + role.name(), "toegevoegd", actor);
			accountRole(role, scope).ifPresent(grant -> ensureAccount(id).ifPresent(account -> accounts.grant(account, grant)));
		}
	}

	@Transactional
	public void removeRole(PersonId id, PersonRole role, String scope, String actor) {
		int removed = jdbc.sql("delete from network_person_role where person_id = :id and role = :role and scope = :scope")
			.param("id", id.value())
			.param("role", role.name())
			.param("scope", scope == null ? "" : scope)
			.update();
		if (removed == 1) {
			audit.record(id.value(), "rol " + role.name(), "verwijderd", actor);
			accountRole(role, scope).ifPresent(grant -> account(id).ifPresent(account -> accounts.revoke(account, grant)));
		}
	}

	/** Records that the person agreed to receive this kind of mail, when and how. */
	@Transactional
	public void giveConsent(PersonId id, String kind, String how, String actor) {
		jdbc.sql("""
				insert into network_consent (person_id, kind, given_at, how) values (:id, :kind, now(), :how)
				on conflict (person_id, kind) do update set given_at = excluded.given_at, how = excluded.how
				""")
			.param("id", id.value())
			.param("kind", kind)
			.param("how", how)
			.update();
		audit.record(id.value(), "toestemming " + kind, "gegeven", actor);
	}

	@Transactional
	public void withdrawConsent(PersonId id, String kind, String actor) {
		int removed = jdbc.sql("delete from network_consent where person_id = :id and kind = :kind")
			.param("id", id.value())
			.param("kind", kind)
			.update();
		if (removed == 1) {
			audit.record(id.value(), "toestemming " + kind, "ingetrokken", actor);
		}
	}

	/**
	 * Anonymises the person: name, e-mail and phone go, consents and roles go, the account loses the
	 * roles it had through this person; the representative rows stay so that counts stay right. The
	 * outbox forgets the address in the same transaction (the mail module cannot hear this module's
	 * events: this module sends through it); the other modules hear {@link PersonErased}.
	 */
	@Transactional
	public void erase(PersonId id, String actor) {
		Person person = find(id.value()).orElseThrow();
		if (person.erased()) {
			return;
		}
		Optional<AccountId> account = account(id);
		account.ifPresent(a -> {
			jdbc.sql("select role, scope from network_person_role where person_id = :id")
				.param("id", id.value())
				.query((rs, row) -> accountRole(PersonRole.valueOf(rs.getString(1)), rs.getString(2)))
				.list()
				.forEach(grant -> grant.ifPresent(g -> accounts.revoke(a, g)));
			jdbc.sql("select organisation_id from network_representative where person_id = :id")
				.param("id", id.value())
				.query(Long.class)
				.list()
				.forEach(org -> accounts.revoke(a, new Grant(Role.VERTEGENWOORDIGER, Long.toString(org))));
			accounts.eraseIfUnused(a);
		});
		String oldEmail = person.email();
		person.erase(clock.instant());
		jdbc.sql("update network_person set name = :name, email = null, phone = null, language = null, erased_at = :at where id = :id")
			.param("name", person.name())
			.param("at", java.sql.Timestamp.from(person.erasedAt()))
			.param("id", id.value())
			.update();
		jdbc.sql("delete from network_consent where person_id = :id").param("id", id.value()).update();
		jdbc.sql("delete from network_person_role where person_id = :id").param("id", id.value()).update();
		audit.record(id.value(), List.of("naam", "email", "telefoon", "toestemmingen", "rollen"), "gewist", actor);
		if (oldEmail != null) {
			outbox.forget(oldEmail);
		}
		events.publishEvent(new PersonErased(id, oldEmail));
		if (oldEmail != null) {
			events.publishEvent(new ErasedAddress(id, oldEmail));
		}
	}

	/** Within the module: lets parts that copied the address (call replies) forget it too. */
	public record ErasedAddress(PersonId person, String email) {
	}

	private Optional<AccountId> account(PersonId id) {
		return find(id.value()).map(Person::email).flatMap(email -> accounts.findByEmail(email));
	}

	public Optional<AccountId> ensureAccount(PersonId id) {
		return find(id.value()).flatMap(p -> {
			String email = p.email(); // none once erased
			String name = p.name();
			return email == null ? Optional.empty() : Optional.of(accounts.ensure(email, name == null ? email : name));
		});
	}

	private Optional<Grant> accountRole(PersonRole role, String scope) {
		return switch (role) {
			case REGIOCOORDINATOR -> Optional.of(new Grant(Role.REGIOCOORDINATOR, scope));
			case CORRESPONDENT -> Optional.of(new Grant(Role.CORRESPONDENT, scope));
			case REDACTIE -> Optional.of(Grant.of(Role.REDACTIE));
			default -> Optional.empty();
		};
	}
}
