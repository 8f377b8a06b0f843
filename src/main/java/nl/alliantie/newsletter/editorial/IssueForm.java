package nl.alliantie.newsletter.editorial;

/** An issue of the year plan as typed; dates as a date field sends them or as typed (14-3-2026). */
public record IssueForm(String jaar, String nummer, String thema, String kopijdatum, String verschijnt,
		String introductie) {

	static IssueForm of(Issues.Issue issue) {
		return new IssueForm(Integer.toString(issue.year()), Integer.toString(issue.number()), issue.theme(),
				issue.copyDeadline().toString(), issue.plannedOn().toString(), issue.introduction());
	}
}
