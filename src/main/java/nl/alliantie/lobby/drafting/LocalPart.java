package nl.alliantie.lobby.drafting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The local part of one municipality's letter in a campaign: the current draft and, once the
 * secretariat approved one, the approved text that the letter carries. It cites published signals
 * and steps of the municipality's local social agenda ({@code stepIds}, ids of the agendas module).
 * Its id is a lobby item id.
 */
public record LocalPart(long id, long campaignId, String municipality, String experiences, String proposals,
		List<Long> signalIds, Status status, int version, Integer approvedVersion, String approvedExperiences,
		String approvedProposals, @Nullable List<Long> approvedSignalIds, @Nullable Instant approvedAt, List<Long> stepIds,
		List<Long> approvedStepIds) {

	public enum Status {
		/** Being written; the secretariat does not review it yet. */
		DRAFT,
		/** Offered for review. */
		SUBMITTED,
		/** The current version is approved. */
		APPROVED
	}

	public boolean approved() {
		return approvedVersion != null;
	}

	/** The draft differs from what was approved (or nothing was approved yet). */
	public boolean changedSinceApproval() {
		return approvedVersion == null || approvedVersion != version;
	}
}
