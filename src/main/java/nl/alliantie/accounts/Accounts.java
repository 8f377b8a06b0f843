package nl.alliantie.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;

/** Creating accounts, inviting people, setting passwords. */
@Service
public class Accounts {

	public static final String INVITE = "account-invite";

	public static final String PASSWORD_RESET = "password-reset";

	static final Duration INVITE_VALID = Duration.ofDays(14);

	static final Duration RESET_VALID = Duration.ofHours(1);

	/** A row in the list of accounts. */
	public record AccountRow(long id, String email, String displayName, boolean active, List<Grant> grants,
			java.time.@Nullable Instant lastLoginAt, boolean twoStep) {
	}

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final LinkTokens tokens;

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	private final List<MailLanguage> languages;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, LinkTokens tokens, Outbox outbox, MessageSource messages,
			AlliantieProperties properties, List<MailLanguage> languages) {
		this.languages = languages;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.tokens = tokens;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	public Optional<AccountId> findByEmail(String email) {
		return jdbc.sql("select id from accounts_account where lower(email) = lower(:email)")
			.param("email", email.trim())
			.query(Long.class)
			.optional()
			.map(AccountId::new);
	}

	/** The account for {@code email}, created without a password when there is none yet. */
	@Transactional
	public AccountId ensure(String email, String displayName) {
		jdbc.sql("""
				insert into accounts_account (email, display_name) values (:email, :name)
				on conflict (lower(email)) do nothing
				""")
			.param("email", email.trim())
			.param("name", displayName.trim())
			.update();
		return findByEmail(email).orElseThrow();
	}

	@Transactional
	public void grant(AccountId account, Grant grant) {
		jdbc.sql("insert into accounts_grant (account_id, role, scope) values (:id, :role, :scope) on conflict do nothing")
			.param("id", account.value())
			.param("role", grant.role().name())
			.param("scope", grant.scope())
			.update();
	}

	@Transactional
	public void revoke(AccountId account, Grant grant) {
		jdbc.sql("delete from accounts_grant where account_id = :id and role = :role and scope = :scope")
			.param("id", account.value())
			.param("role", grant.role().name())
			.param("scope", grant.scope())
			.update();
	}

	/**
	 * Erases an account that no longer holds any role: its address and name are replaced, it can
	 * no longer log in, and its open links stop working. An account that still has a role (for
	 * example the secretariat) is kept as it is. Returns whether it was erased.
	 */
	@Transactional
	public boolean eraseIfUnused(AccountId account) {
		int erased = jdbc.sql("""
				update accounts_account
				set email = 'gewist-' || id || '@gewist.invalid', display_name = 'Gewist', password_hash = null,
				    enabled = false
				where id = :id and not exists (select 1 from accounts_grant g where g.account_id = :id)
				""")
			.param("id", account.value())
			.update();
		if (erased == 1) {
			jdbc.sql("delete from accounts_link_token where subject = :subject and purpose in (:purposes)")
				.param("subject", Long.toString(account.value()))
				.param("purposes", List.of(INVITE, PASSWORD_RESET))
				.update();
		}
		return erased == 1;
	}

	@Transactional
	public void setPassword(AccountId account, String rawPassword) {
		jdbc.sql("update accounts_account set password_hash = :hash where id = :id")
			.param("hash", passwords.encode(rawPassword))
			.param("id", account.value())
			.update();
	}

	public boolean hasPassword(AccountId account) {
		return jdbc.sql("select password_hash is not null from accounts_account where id = :id")
			.param("id", account.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Gives {@code email} the role and mails a link to set a password, valid for two weeks. An
	 * existing account keeps its password and only gains the role. The mail is in the person's
	 * own language when a {@link MailLanguage} knows it, else in {@code fallback}.
	 */
	@Transactional
	public AccountId invite(String email, String displayName, Grant grant, Locale fallback) {
		Locale locale = languages.stream()
			.flatMap(language -> language.of(email).stream())
			.findFirst()
			.orElse(fallback);
		AccountId account = ensure(email, displayName);
		grant(account, grant);
		String token = tokens.issueOneTime(INVITE, Long.toString(account.value()), INVITE_VALID);
		String role = messages.getMessage("accounts.role." + grant.role().name(), null, locale);
		// one mail per link: inviting the same person again (an expired link) mails a new one
		outbox.queue(new MailKey(INVITE, LinkTokens.idOf(token), email), new MailMessage(email.trim(),
				messages.getMessage("accounts.mail.invite.subject", new Object[] { properties.name() }, locale),
				messages.getMessage("accounts.mail.invite.text",
						new Object[] { displayName.trim(), properties.name(), role,
								properties.absoluteUrl("/wachtwoord/" + token), INVITE_VALID.toDays() },
						locale)));
		return account;
	}

	/**
	 * Mails a reset link to an active account with this address. Says nothing about whether the
	 * address is known; sends at most three links per quarter of an hour.
	 */
	@Transactional
	public void requestPasswordReset(String email, Locale locale) {
		jdbc.sql("select id, display_name from accounts_account where lower(email) = lower(:email) and enabled")
			.param("email", email.trim())
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional()
			.ifPresent(found -> {
				String subject = Long.toString((Long) found[0]);
				if (tokens.issuedWithin(PASSWORD_RESET, subject, Duration.ofMinutes(15)) >= 3) {
					return;
				}
				String token = tokens.issueOneTime(PASSWORD_RESET, subject, RESET_VALID);
				outbox.queue(new MailKey(PASSWORD_RESET, LinkTokens.idOf(token), email), new MailMessage(email.trim(),
						messages.getMessage("accounts.mail.reset.subject", new Object[] { properties.name() },
								locale),
						messages.getMessage("accounts.mail.reset.text",
								new Object[] { found[1], properties.absoluteUrl("/wachtwoord/" + token),
										RESET_VALID.toMinutes() },
								locale)));
			});
	}

	public long count() {
		return jdbc.sql("select count(*) from accounts_account").query(Long.class).single();
	}

	public boolean anyWith(Role role) {
		return jdbc.sql("select exists (select 1 from accounts_grant where role = :role)")
			.param("role", role.name())
			.query(Boolean.class)
			.single();
	}

	/** The addresses of the enabled accounts holding {@code role} (with any scope), e.g. to remind all correspondents. */
	public List<String> emailsWith(Role role) {
		return jdbc.sql("""
				select distinct a.email from accounts_account a join accounts_grant g on g.account_id = a.id
				where g.role = :role and a.enabled order by a.email
				""")
			.param("role", role.name())
			.query(String.class)
			.list();
	}

	/** One page of accounts, by name, in a single query. */
	public List<AccountRow> list(int offset, int limit) {
		return jdbc.sql("""
				select a.id, a.email, a.display_name, a.password_hash is not null and a.enabled as active,
				       a.last_login_at, a.totp_confirmed_at is not null as two_step,
				       array_remove(array_agg(g.role || ':' || g.scope order by g.role, g.scope), null) as grants
				from accounts_account a left join accounts_grant g on g.account_id = a.id
				group by a.id
				order by lower(a.display_name), a.id
				offset :offset limit :limit
				""")
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> {
				List<Grant> grants = new java.util.ArrayList<>();
				for (Object value : (Object[]) rs.getArray("grants").getArray()) {
					grants.add(Grant.parse((String) value));
				}
				var last = rs.getTimestamp("last_login_at");
				return new AccountRow(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
						rs.getBoolean("active"), grants, last == null ? null : last.toInstant(), rs.getBoolean("two_step"));
			})
			.list();
	}
}
