package nl.alliantie.conferences.editions;

import java.util.List;

/** One day with its program, speakers and workshops. */
public record DayView(Edition edition, Day day, List<DayBlock> blocks, List<Session> sessions) {
}
