package nl.alliantie.signals.handling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A signal from practice. The rules of its life live here: which step each status allows, and
 * what a step records on the trail. The store loads it locked and saves it with the new entries.
 */
public class Signal {

	/** Where the signal was seen; all {@code null} when no municipality was given. */
	public record Place(@Nullable String municipality, @Nullable String province, @Nullable String regionKey) {

		public static final Place NONE = new Place(null, null, null);
	}

	private final Long id;

	private String title;

	private String story;

	private List<String> themes;

	private Place place;

	private @Nullable String regionKey;

	private Status status;

	private @Nullable Long mergedInto;

	private @Nullable String agendaRegion;

	private @Nullable Long agendaConsultationId;

	private boolean agendaChanged;

	private final List<TrailEntry> newEntries = new ArrayList<>();

	Signal(Long id, String title, String story, List<String> themes, Place place, @Nullable String regionKey, Status status,
			@Nullable Long mergedInto, @Nullable String agendaRegion, @Nullable Long agendaConsultationId) {
		this.id = id;
		this.title = title;
		this.story = story;
		this.themes = List.copyOf(themes);
		this.place = place;
		this.regionKey = regionKey;
		this.status = status;
		this.mergedInto = mergedInto;
		this.agendaRegion = agendaRegion;
		this.agendaConsultationId = agendaConsultationId;
	}

	/** Edits the public text, for instance to remove names and addresses. */
	public void edit(String title, String story, List<String> themes, Place place, @Nullable String fallbackRegion, LocalDate today) {
		requireNotMerged();
		if (themes.isEmpty()) {
			throw new SignalRuleBroken("signals.rule.themes");
		}
		boolean textChanged = !this.title.equals(title) || !this.story.equals(story);
		this.title = title;
		this.story = story;
		this.themes = List.copyOf(themes);
		this.place = place;
		this.regionKey = place.regionKey() != null ? place.regionKey() : fallbackRegion;
		if (textChanged) {
			newEntries.add(new TrailEntry(today, "BEWERKT", "", null, null, false));
		}
	}

	/** Takes a new signal up; with consent it is published from now on. */
	public void takeUp(LocalDate today) {
		requireNotMerged();
		if (status != Status.NIEUW && status != Status.NIET_GEPUBLICEERD) {
			throw new SignalRuleBroken("signals.rule.takeUp");
		}
		status = Status.IN_BEHANDELING;
		newEntries.add(new TrailEntry(today, "IN_BEHANDELING", "", null, null, true));
	}

	/** Withdraws it from publication (spam, not about poverty, cannot be made anonymous). */
	public void withhold(String reason, LocalDate today) {
		requireNotMerged();
		if (status == Status.NIET_GEPUBLICEERD) {
			throw new SignalRuleBroken("signals.rule.withhold");
		}
		status = Status.NIET_GEPUBLICEERD;
		newEntries.add(new TrailEntry(today, "NIET_GEPUBLICEERD", reason, null, null, false));
	}

	/** Puts it on the agenda of the coming consultation of its region (or {@code region} without one). */
	public String putOnAgenda(@Nullable String region, @Nullable Long consultationId, String note, LocalDate today) {
		requireInProgress();
		String target = regionKey != null ? regionKey : region;
		if (target == null || target.isBlank()) {
			throw new SignalRuleBroken("signals.rule.agendaRegion");
		}
		agendaRegion = target;
		agendaConsultationId = consultationId;
		agendaChanged = true;
		newEntries.add(new TrailEntry(today, "AGENDA", note, consultationId, null, true));
		return target;
	}

	/** Records that it was discussed in a consultation. */
	public void discussed(LocalDate on, String what, @Nullable Long consultationId) {
		requireInProgress();
		advanceTo(Status.BESPROKEN);
		newEntries.add(new TrailEntry(on, "BESPROKEN", what, consultationId, null, true));
	}

	/** Records that the lobby took it up. */
	public void takenIntoLobby(LocalDate on, String what, @Nullable Long lobbyId) {
		requireInProgress();
		advanceTo(Status.IN_LOBBY);
		newEntries.add(new TrailEntry(on, "LOBBY", what, null, lobbyId, true));
	}

	/** Closes it with what came of it. */
	public void finish(LocalDate on, String outcome) {
		requireInProgress();
		status = Status.AFGEROND;
		newEntries.add(new TrailEntry(on, "AFGEROND", outcome, null, null, true));
	}

	/** Merges this duplicate into {@code target}: its themes go over, it is no longer shown. */
	public void mergeInto(Signal target, LocalDate today) {
		requireNotMerged();
		if (target.id.equals(id)) {
			throw new SignalRuleBroken("signals.rule.mergeSelf");
		}
		if (target.mergedInto != null) {
			throw new SignalRuleBroken("signals.rule.mergeTarget");
		}
		LinkedHashSet<String> union = new LinkedHashSet<>(target.themes);
		union.addAll(themes);
		target.themes = List.copyOf(union);
		target.newEntries.add(new TrailEntry(today, "SAMENGEVOEGD", "#" + id, null, null, false));
		mergedInto = target.id;
		status = Status.NIET_GEPUBLICEERD;
		newEntries.add(new TrailEntry(today, "SAMENGEVOEGD", "#" + target.id, null, null, false));
	}

	private void advanceTo(Status next) {
		if (status.ordinal() < next.ordinal()) {
			status = next;
		}
	}

	private void requireInProgress() {
		requireNotMerged();
		if (status != Status.IN_BEHANDELING && status != Status.BESPROKEN && status != Status.IN_LOBBY) {
			throw new SignalRuleBroken("signals.rule.notInProgress");
		}
	}

	private void requireNotMerged() {
		if (mergedInto != null) {
			throw new SignalRuleBroken("signals.rule.merged");
		}
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String story() {
		return story;
	}

	public List<String> themes() {
		return themes;
	}

	public Place place() {
		return place;
	}

	public @Nullable String regionKey() {
		return regionKey;
	}

	public Status status() {
		return status;
	}

	public @Nullable Long mergedInto() {
		return mergedInto;
	}

	public @Nullable String agendaRegion() {
		return agendaRegion;
	}

	public @Nullable Long agendaConsultationId() {
		return agendaConsultationId;
	}

	boolean agendaChanged() {
		return agendaChanged;
	}

	List<TrailEntry> newEntries() {
		return List.copyOf(newEntries);
	}
}
