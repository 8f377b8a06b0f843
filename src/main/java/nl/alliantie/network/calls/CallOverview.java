package nl.alliantie.network.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of calls: a fixed number of queries per page. */
@Component
public class CallOverview {

	public record CallRow(long id, String title, LocalDate replyBy, Instant createdAt, int recipients, int mailed,
			int answered) {
	}

	public record CallHead(long id, String title, String body, LocalDate replyBy, String createdBy, int recipients,
			int mailed, int withoutAddress, int answered, int remindable) {
	}

	/** Count of replies in one region with one answer ({@code null}: not answered). */
	public record Count(String regionKey, String answer, int count) {
	}

	public record ReplyRow(long id, String name, String municipality, String regionKey, Long organisationId,
			String answer, Instant answeredAt, Instant remindedAt, String remarks, String firstName,
			String secondName) {
	}

	private final JdbcClient jdbc;

	CallOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CallRow> calls(int offset, int limit) {
		return jdbc.sql("""
				select c.id, c.title, c.reply_by, c.created_at,
				       count(r.id) as recipients, count(r.sent_at) as mailed, count(r.answer) as answered
				from network_call c left join network_call_recipient r on r.call_id = c.id
				group by c.id order by c.created_at desc, c.id desc offset :offset limit :limit
				""")
			.param("offset", offset)
			.param("limit", limit)
			.query(CallRow.class)
			.list();
	}

	public Optional<CallHead> head(long id) {
		return jdbc.sql("""
				select c.id, c.title, c.body, c.reply_by, c.created_by,
				       count(r.id) as recipients, count(r.sent_at) as mailed,
				       count(r.id) filter (where r.email is null) as without_address,
				       count(r.answer) as answered,
				       count(r.id) filter (where r.sent_at is not null and r.answer is null and r.reminded_at is null) as remindable
				from network_call c left join network_call_recipient r on r.call_id = c.id
				where c.id = :id group by c.id
				""")
			.param("id", id)
			.query(CallHead.class)
			.optional();
	}

	public List<Count> counts(long id) {
		return jdbc.sql("""
				select coalesce(region_key, '') as region_key, answer, count(*) as count
				from network_call_recipient where call_id = :id group by 1, 2
				""")
			.param("id", id)
			.query(Count.class)
			.list();
	}

	/** One page of recipients, answered first, newest answer first. */
	public List<ReplyRow> replies(long id, String answer, int offset, int limit) {
		return jdbc.sql("""
				select r.id, r.name, r.municipality, r.region_key, r.organisation_id, r.answer, r.answered_at,
				       r.reminded_at, r.remarks, p1.name as first_name, p2.name as second_name
				from network_call_recipient r
				left join network_person p1 on p1.id = r.first_person_id
				left join network_person p2 on p2.id = r.second_person_id
				where r.call_id = :id and (:answer = '' or coalesce(r.answer, 'GEEN') = :answer)
				order by r.answered_at desc nulls last, lower(r.name), r.id offset :offset limit :limit
				""")
			.param("id", id)
			.param("answer", answer == null ? "" : answer)
			.param("offset", offset)
			.param("limit", limit)
			.query(ReplyRow.class)
			.list();
	}
}
