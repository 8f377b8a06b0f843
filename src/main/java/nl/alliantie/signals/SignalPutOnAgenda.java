package nl.alliantie.signals;

/**
 * A moderator put a signal on the agenda of a coming consultation of {@code regionKey}.
 * {@code consultationId} is {@code null} until the consultations module names the meeting.
 */
public record SignalPutOnAgenda(SignalId signal, String regionKey, Long consultationId) {
}
