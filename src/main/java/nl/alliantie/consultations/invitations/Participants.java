package nl.alliantie.consultations.invitations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who takes part in a consultation (the minutes go to them), each with the language of their mail. */
@Component
public class Participants {

	/** Someone who takes part, with the language their mail is written in. */
	public record Participant(String name, String email, Locale language) {
	}

	private final JdbcClient jdbc;

	private final MailLanguages languages;

	Participants(JdbcClient jdbc, MailLanguages languages) {
		this.jdbc = jdbc;
		this.languages = languages;
	}

	/**
	 * Everyone who attended or said they would come: the people named in the reply, else the
	 * invitee; each with the language of their mail ({@link MailLanguages}). Two queries.
	 */
	public List<Participant> of(long consultationId) {
		record Row(String name, String email, String person1Name, String person1Email, String person2Name,
				String person2Email, String language) {
		}
		List<String[]> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Row row : jdbc.sql("""
				select name, email, person1_name, person1_email, person2_name, person2_email, language
				from consultations_invitation where consultation_id = :id and (attended or answer = 'JA') order by id
				""").param("id", consultationId).query(Row.class).list()) {
			if (row.person1Email() == null && row.person2Email() == null) {
				add(result, seen, row.name(), row.email(), row.language());
			}
			add(result, seen, row.person1Name(), row.person1Email(), row.language());
			add(result, seen, row.person2Name(), row.person2Email(), row.language());
		}
		MailLanguages.Lookup language = languages.lookup(result.stream().map(person -> person[1]).toList());
		return result.stream()
			.map(person -> new Participant(person[0], person[1], language.of(person[1], person[2])))
			.toList();
	}

	private static void add(List<String[]> result, Set<String> seen, String name, String email, String language) {
		if (email != null && seen.add(email.toLowerCase(Locale.ROOT))) {
			result.add(new String[] { name == null ? email : name, email, language });
		}
	}
}
