package nl.alliantie.network.calls;

import nl.alliantie.shared.time.DutchTime;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.mailing.NetworkMail;
import nl.alliantie.network.organisations.DirectoryFilter;
import nl.alliantie.network.organisations.OrganisationDetails;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.network.organisations.Organisations;
import nl.alliantie.network.people.People;
import nl.alliantie.network.places.Places;

/** Writing, sending and answering calls to join. */
@Service
public class Calls {

	public static final String PURPOSE = "network-call";

	static final String CONSENT = "netwerk";

	private static final Logger log = LoggerFactory.getLogger(Calls.class);

	/** A prospect from a CSV: organisation name, municipality (may be blank) and address. */
	public record Prospect(String name, String municipality, String email) {
	}

	/**
	 * What a reply says. {@code typeKey}: the kind of organisation, which a prospect (not in the
	 * register yet) gives with a yes; {@code locale}: the language of the reply page, used for the
	 * mail to new representatives.
	 */
	public record Reply(@Nullable Answer answer, List<String[]> representatives, String remarks, boolean consent, @Nullable String typeKey,
			java.util.Locale locale) {
	}

	private final JdbcClient jdbc;

	private final LinkTokens tokens;

	private final NetworkMail mail;

	private final Organisations organisations;

	private final People people;

	private final Places places;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Calls(JdbcClient jdbc, LinkTokens tokens, NetworkMail mail, Organisations organisations, People people,
			Places places, TransactionTemplate transactions, Clock clock) {
		this.clock = clock;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.mail = mail;
		this.organisations = organisations;
		this.people = people;
		this.places = places;
	}

	/** Creates a call with its recipients: organisations by filter, and prospects. Returns its id. */
	@Transactional
	public long create(String title, String body, @Nullable LocalDate replyBy, DirectoryFilter filter, boolean byFilter,
			List<Prospect> prospects, String actor) {
		long id = jdbc.sql("""
				insert into network_call (title, body, reply_by, created_by) values (:title, :body, :replyBy, :actor)
				returning id
				""")
			.param("title", title.trim())
			.param("body", body.trim())
			.param("replyBy", java.sql.Date.valueOf(replyBy))
			.param("actor", actor)
			.query(Long.class)
			.single();
		if (byFilter) {
			Map<String, Object> params = new HashMap<>();
			List<String> conditions = new ArrayList<>();
			conditions.add("o.status <> 'GESTOPT' or :status = 'GESTOPT'");
			params.put("status", filter.status() == null ? "" : filter.status());
			if (filter.regio() != null) {
				conditions.add("o.region_key = :region");
				params.put("region", filter.regio());
			}
			if (filter.type() != null) {
				conditions.add("o.type_key = :type");
				params.put("type", filter.type());
			}
			if (filter.status() != null) {
				conditions.add("o.status = :status");
			}
			params.put("call", id);
			jdbc.sql("""
					insert into network_call_recipient (call_id, organisation_id, name, email, municipality, region_key)
					select :call, o.id, o.name,
					       coalesce(o.email, (select p.email from network_representative r join network_person p on p.id = r.person_id
					                          where r.organisation_id = o.id and p.email is not null order by r.since limit 1)),
					       o.municipality, o.region_key
					from network_organisation o where """ + "(" + String.join(") and (", conditions) + ")" + """
					 on conflict do nothing
					""")
				.params(params)
				.update();
		}
		for (Prospect prospect : prospects) {
			String municipality = places.municipality(prospect.municipality()).map(Places.Municipality::name).orElse(null);
			String region = places.municipality(prospect.municipality()).map(places::regionOf).orElse(null);
			jdbc.sql("""
					insert into network_call_recipient (call_id, name, email, municipality, region_key)
					values (:call, :name, :email, :municipality, :region) on conflict do nothing
					""")
				.param("call", id)
				.param("name", prospect.name().trim())
				.param("email", prospect.email().trim().toLowerCase(java.util.Locale.ROOT))
				.param("municipality", municipality)
				.param("region", region)
				.update();
		}
		return id;
	}

	/**
	 * Mails every recipient not mailed yet. Each recipient is claimed before its mail goes out, so
	 * a double click or a second send mails nobody twice. Returns how many were mailed.
	 */
	public int send(long callId) {
		return mailRecipients(callId, false);
	}

	/** The one reminder for recipients who were mailed, did not answer and had no reminder yet. */
	public int remind(long callId) {
		return mailRecipients(callId, true);
	}

	private int mailRecipients(long callId, boolean reminder) {
		// language: of the person of the register with the recipient's address, when known
		record Target(long id, String name, String email, String title, String body, LocalDate replyBy, String language) {
		}
		String column = reminder ? "reminded_at" : "sent_at";
		String condition = reminder ? "r.sent_at is not null and r.answer is null and r.reminded_at is null"
				: "r.sent_at is null";
		List<Target> targets = jdbc.sql("""
				select r.id, r.name, r.email, c.title, c.body, c.reply_by,
				       (select p.language from network_person p where lower(p.email) = lower(r.email)) as language
				from network_call_recipient r join network_call c on c.id = r.call_id
				where r.call_id = :call and r.email is not null and c.reply_by >= current_date
				""" + " and (" + condition + ") order by r.id")
			.param("call", callId)
			.query(Target.class)
			.list();
		int mailed = 0;
		for (Target target : targets) {
			// Claim, link and mail in one transaction: the mail is queued if and only if the
			// recipient is marked as mailed.
			boolean queued = Boolean.TRUE.equals(transactions.execute(status -> {
				int claimed = jdbc.sql("update network_call_recipient set " + column + " = now() where id = :id and "
						+ column + " is null")
					.param("id", target.id())
					.update();
				if (claimed == 0) {
					return false;
				}
				String token = tokens.issueReusable(PURPOSE, Long.toString(target.id()), validUntil(target.replyBy()));
				if (reminder) {
					mail.reminder(target.id(), target.email(), target.name(), target.title(), "/oproep/" + token,
							target.replyBy(), NetworkMail.locale(target.language()));
				}
				else {
					mail.call(target.id(), target.email(), target.name(), target.title(), target.body(),
							"/oproep/" + token, target.replyBy(), NetworkMail.locale(target.language()));
				}
				return true;
			}));
			mailed += queued ? 1 : 0;
		}
		return mailed;
	}

	/** The link works until the end of the reply-by date, Dutch time. */
	private Duration validUntil(LocalDate replyBy) {
		ZonedDateTime end = replyBy.plusDays(1).atStartOfDay(DutchTime.ZONE);
		Duration left = Duration.between(ZonedDateTime.now(clock), end);
		return left.isNegative() ? Duration.ofMinutes(1) : left;
	}

	/** The recipient behind a personal link, while the link is valid. */
	public Optional<Recipient> byToken(String token) {
		return tokens.subjectOf(PURPOSE, token).flatMap(this::recipient);
	}

	public Optional<Recipient> recipient(long id) {
		return jdbc.sql("""
				select r.id, r.call_id, c.title as call_title, c.body as call_body, c.reply_by, r.organisation_id,
				       r.name, r.email, r.municipality, r.region_key, r.answer, r.remarks, r.first_person_id,
				       r.second_person_id
				from network_call_recipient r join network_call c on c.id = r.call_id where r.id = :id
				""")
			.param("id", id)
			.query(Recipient.class)
			.optional();
	}

	public boolean open(Recipient recipient) {
		return recipient.open(clock);
	}

	/**
	 * Takes a reply: refuses it after the reply-by date; updates the organisation (status,
	 * representatives, consent); a prospect who says yes becomes an organisation of the kind it gave
	 * when its municipality is known, signed up (not public) until the secretariat accepts it.
	 */
	@Transactional
	public void answer(long recipientId, Reply reply) {
		Answer answer = java.util.Objects.requireNonNull(reply.answer(), "a reply without an answer is refused by its form");
		Recipient recipient = jdbc.sql("select id from network_call_recipient where id = :id for update")
			.param("id", recipientId)
			.query(Long.class)
			.optional()
			.flatMap(this::recipient)
			.orElseThrow();
		recipient.requireOpen(clock);
		String actor = "link oproep " + recipient.callId();
		Long organisationId = recipient.organisationId();
		if (organisationId == null && reply.answer() == Answer.JA && recipient.municipality() != null) {
			organisationId = organisations.findByName(recipient.name(), recipient.municipality())
				.orElseGet(() -> organisations.register(new OrganisationDetails(recipient.name(),
						java.util.Objects.requireNonNull(reply.typeKey(), "a prospect's yes gives its kind"),
						recipient.municipality(), null, null, null, null, recipient.email(), null, null,
						OrganisationStatus.AANGEMELD, null, List.of())))
				.value();
		}
		List<PersonId> named = new ArrayList<>();
		if (organisationId != null) {
			OrganisationId organisation = new OrganisationId(organisationId);
			organisations.answerCall(organisation, answer.name());
			if (!reply.representatives().isEmpty()) {
				named = organisations.replaceRepresentatives(organisation, reply.representatives(), actor,
						reply.locale());
			}
		}
		else {
			for (String[] person : reply.representatives()) {
				named.add(people.findOrCreate(person[0], person[1], null, actor, reply.locale()));
			}
		}
		if (reply.consent()) {
			for (PersonId person : named) {
				people.giveConsent(person, CONSENT, "antwoord op oproep " + recipient.callId(), actor);
			}
		}
		jdbc.sql("""
				update network_call_recipient set answer = :answer, answered_at = now(), remarks = :remarks,
				    organisation_id = :organisation, first_person_id = :first, second_person_id = :second
				where id = :id
				""")
			.param("answer", answer.name())
			.param("remarks", reply.remarks() == null || reply.remarks().isBlank() ? null : reply.remarks().trim())
			.param("organisation", organisationId)
			.param("first", named.size() > 0 ? named.get(0).value() : null)
			.param("second", named.size() > 1 ? named.get(1).value() : null)
			.param("id", recipientId)
			.update();
	}
}
