package nl.alliantie.agendas.parties;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** In December, reminds every party with an open step of its link; safe to run often and on several instances. */
@Component("agendaReminderJob")
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	static final int BATCH = 500;

	private final PartyLinks links;

	private final Clock clock;

	ReminderJob(PartyLinks links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${alliantie.agendas.reminder-interval:PT1H}", initialDelay = 180_000)
	void run() {
		int reminded;
		int total = 0;
		do {
			reminded = links.remind(LocalDate.now(clock), BATCH);
			total += reminded;
		}
		while (reminded == BATCH);
		if (total > 0) {
			log.info("Reminded {} agenda parties of their open steps", total);
		}
	}
}
