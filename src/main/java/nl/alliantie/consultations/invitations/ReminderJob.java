package nl.alliantie.consultations.invitations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the reminders of consultations a week away; safe to run often and on several instances. */
@Component("consultationReminderJob")
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final Invitations invitations;

	ReminderJob(Invitations invitations) {
		this.invitations = invitations;
	}

	@Scheduled(fixedDelayString = "${alliantie.consultations.reminder-interval:PT15M}", initialDelay = 120_000)
	void run() {
		int reminded = invitations.remind();
		if (reminded > 0) {
			log.info("Reminded {} invitees of coming regional consultations", reminded);
		}
	}
}
