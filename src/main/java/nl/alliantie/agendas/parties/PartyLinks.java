package nl.alliantie.agendas.parties;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.network.Network;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.time.DutchTime;

/**
 * The personal link of a party ("uw stappen voor 2026"): a reusable token for that party only,
 * valid until the end of March after the agenda's year (so the year-end check can be done with
 * it), mailed to the party's contact. Only the token's hash is stored (accounts), so every mail
 * carries a new token. Each mail is in the language the register keeps for the contact's address
 * ({@code network.Network#languagesOf}), Dutch when it knows none.
 */
@Service
public class PartyLinks {

	static final String PURPOSE = "agenda-party";

	static final Locale DUTCH = Locale.of("nl");

	/** A party with a contact address, as a mail goes to it. */
	record Recipient(long partyId, String partyName, String contactName, String email, String municipality, int year) {
	}

	private final LinkTokens tokens;

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	private final JdbcClient jdbc;

	private final AgendaStore store;

	private final Clock clock;

	private final Network network;

	PartyLinks(LinkTokens tokens, Outbox outbox, MessageSource messages, AlliantieProperties properties,
			JdbcClient jdbc, AgendaStore store, Clock clock, Network network) {
		this.network = network;
		this.tokens = tokens;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
	}

	/** The party a token opens, when it is still valid. */
	public Optional<Long> partyOf(String token) {
		return tokens.subjectOf(PURPOSE, token);
	}

	/** A new link for the party (for tests and the mails here). */
	String issue(long partyId, int year) {
		Duration valid = Duration.between(clock.instant(),
				LocalDate.of(year + 1, 4, 1).atStartOfDay(DutchTime.ZONE).toInstant());
		if (valid.compareTo(Duration.ofDays(14)) < 0) {
			valid = Duration.ofDays(14);
		}
		return tokens.issueReusable(PURPOSE, Long.toString(partyId), valid);
	}

	static String path(String token) {
		return "/sociale-agenda/stappen/" + token;
	}

	/**
	 * Mails the party of this agenda its link, at most once a day per party and address.
	 *
	 * @return false when the party has no address or was mailed today already
	 */
	@Transactional
	public boolean send(AgendaView agenda, long partyId) {
		Optional<Recipient> recipient = recipients("p.id = :party and p.agenda_id = :agenda",
				java.util.Map.of("party", partyId, "agenda", agenda.id())).stream().findFirst();
		if (recipient.isEmpty()) {
			return false;
		}
		Recipient r = recipient.get();
		Locale locale = network.languageOf(r.email()).orElse(DUTCH);
		String link = properties.absoluteUrl(path(issue(r.partyId(), r.year())));
		return outbox.queue(new MailKey("agenda-party-link", r.partyId() + "@" + LocalDate.now(clock), r.email()),
				new MailMessage(r.email(), t(locale, "agendas.mail.link.subject", r.year()), t(locale, "agendas.mail.link.text",
						greeting(r, locale), r.partyName(), r.municipality(), r.year(), link, properties.name())));
	}

	/**
	 * The December reminder: every party with a contact and an open step in an agreed agenda of
	 * {@code today}'s year gets its link, once per party and year (also when this runs often or on
	 * several instances); at most {@code batch} at a time.
	 *
	 * @return how many were reminded now
	 */
	@Transactional
	public int remind(LocalDate today, int batch) {
		if (today.getMonthValue() != 12) {
			return 0;
		}
		List<Long> due = jdbc.sql("""
				insert into agendas_reminder (party_id, year)
				select p.id, a.year from agendas_party p join agendas_agenda a on a.id = p.agenda_id
				where a.year = :year and a.state = 'VASTGESTELD' and p.contact_email is not null
				  and exists (select 1 from agendas_step s where s.party_id = p.id and s.verdict is null)
				  and not exists (select 1 from agendas_reminder r where r.party_id = p.id and r.year = a.year)
				order by p.id limit :batch
				on conflict do nothing
				returning party_id
				""")
			.param("year", today.getYear())
			.param("batch", batch)
			.query(Long.class)
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		int sent = 0;
		List<Recipient> recipients = recipients("p.id = any(:ids)", java.util.Map.of("ids", due.toArray(Long[]::new)));
		java.util.Map<String, Locale> languages = network.languagesOf(recipients.stream().map(Recipient::email).toList());
		for (Recipient r : recipients) {
			Locale locale = languages.getOrDefault(r.email().trim().toLowerCase(Locale.ROOT), DUTCH);
			String link = properties.absoluteUrl(path(issue(r.partyId(), r.year())));
			if (outbox.queue(new MailKey("agenda-reminder", r.partyId() + "@" + r.year(), r.email()),
					new MailMessage(r.email(), t(locale, "agendas.mail.reminder.subject", r.year()), t(locale, "agendas.mail.reminder.text",
							greeting(r, locale), r.partyName(), r.municipality(), r.year(), link, properties.name())))) {
				sent++;
			}
		}
		return sent;
	}

	/** Asks the owners of last year's reached steps for a follow-up, with their link; once per step. */
	@Transactional
	public int askFollowUps(List<AgendaStore.FollowUp> asked) {
		int sent = 0;
		java.util.Map<String, Locale> languages = network.languagesOf(
				asked.stream().map(AgendaStore.FollowUp::contactEmail).filter(java.util.Objects::nonNull).toList());
		for (AgendaStore.FollowUp f : asked) {
			if (f.contactEmail() == null) {
				continue;
			}
			Locale locale = languages.getOrDefault(f.contactEmail().trim().toLowerCase(Locale.ROOT), DUTCH);
			AgendaView agenda = store.find(f.agendaId()).orElseThrow();
			String link = properties.absoluteUrl(path(issue(f.partyId(), agenda.year())));
			String name = f.contactName() == null ? t(locale, "agendas.mail.greeting.party", f.partyName()) : f.contactName();
			if (outbox.queue(new MailKey("agenda-follow-up", f.agendaId() + "-" + f.stepId(), f.contactEmail()),
					new MailMessage(f.contactEmail(), t(locale, "agendas.mail.followUp.subject", agenda.year()),
							t(locale, "agendas.mail.followUp.text", name, f.stepWhat(), f.stepYear(), agenda.municipality(),
									agenda.year(), link, properties.name())))) {
				sent++;
			}
		}
		return sent;
	}

	private List<Recipient> recipients(String condition, java.util.Map<String, Object> params) {
		return jdbc.sql("""
				select p.id, p.name, p.contact_name, p.contact_email, a.municipality, a.year
				from agendas_party p join agendas_agenda a on a.id = p.agenda_id
				where p.contact_email is not null and""" + " " + condition + " order by p.id")
			.params(params)
			.query((rs, row) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6)))
			.list();
	}

	private String greeting(Recipient r, Locale locale) {
		return r.contactName() == null ? t(locale, "agendas.mail.greeting.party", r.partyName()) : r.contactName();
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
