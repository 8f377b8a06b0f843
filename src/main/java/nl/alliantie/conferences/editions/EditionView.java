package nl.alliantie.conferences.editions;

import java.util.List;

/** Everything the edition page shows, read with a fixed number of queries. */
public record EditionView(Edition edition, List<Block> blocks, List<Day> days, List<Workshop> workshops,
		List<Session> sessions, List<Partner> partners) {

	public List<Session> sessionsOf(long dayId) {
		return sessions.stream().filter(session -> session.dayId() == dayId).toList();
	}

	public List<Partner> partnersOfKind(String kind) {
		return partners.stream().filter(partner -> partner.kind().equals(kind)).toList();
	}
}
