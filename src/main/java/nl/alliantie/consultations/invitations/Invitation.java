package nl.alliantie.consultations.invitations;

import java.time.Clock;
import java.time.Instant;

import nl.alliantie.consultations.ConsultationStatus;
import org.jspecify.annotations.Nullable;

/**
 * One invitation to a consultation and its reply. The rule: a reply, first or changed, is taken
 * until the meeting starts, never after, and never for a cancelled meeting.
 */
public record Invitation(long id, long consultationId, Long organisationId, String name, String email, Answer answer,
		String person1Name, String person1Email, String person2Name, String person2Email, String remarks,
		Instant answeredAt, boolean attended, Instant startsAt, ConsultationStatus consultationStatus) {

	/** What a reply says. */
	public record Reply(@Nullable Answer answer, @Nullable String person1Name, @Nullable String person1Email, @Nullable String person2Name,
			@Nullable String person2Email, String remarks) {

		/** Stands for the content, so an identical reply is recognised as such. */
		String fingerprint() {
			return Integer.toHexString(java.util.Objects.hash(answer == null ? null : answer.code(), lower(person1Name), lower(person1Email),
					lower(person2Name), lower(person2Email), remarks == null ? "" : remarks.trim()));
		}

		private static String lower(@Nullable String value) {
			return value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public boolean open(Clock clock) {
		return clock.instant().isBefore(startsAt) && consultationStatus != ConsultationStatus.CANCELLED;
	}

	/** Checks that {@code reply} may be taken now; the caller stores it. */
	Reply answer(Reply reply, Clock clock) {
		if (!open(clock)) {
			throw new ReplyClosed();
		}
		if (reply.answer() == null) {
			throw new IllegalArgumentException("A reply has an answer");
		}
		return reply;
	}

	public boolean comes() {
		return answer == Answer.YES;
	}
}
