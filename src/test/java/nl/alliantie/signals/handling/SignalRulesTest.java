package nl.alliantie.signals.handling;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of a signal: which step each status allows and what it records. */
class SignalRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static Signal signal(long id, String region, Status status) {
		return new Signal(id, "Titel", "Verhaal", List.of("schulden"),
				new Signal.Place(region == null ? null : "Zwolle", region == null ? null : "Overijssel", region), region,
				status, null, null, null);
	}

	@Test
	void aNewSignalMustBeTakenUpBeforeItIsDiscussed() {
		Signal signal = signal(1, "oost", Status.NIEUW);
		assertThatThrownBy(() -> signal.discussed(TODAY, "x", null)).isInstanceOf(SignalRuleBroken.class)
			.hasMessage("signals.rule.notInProgress");
		assertThatThrownBy(() -> signal.putOnAgenda(null, null, "", TODAY)).isInstanceOf(SignalRuleBroken.class);
		signal.takeUp(TODAY);
		assertThat(signal.status()).isEqualTo(Status.IN_BEHANDELING);
		assertThatThrownBy(() -> signal.takeUp(TODAY)).isInstanceOf(SignalRuleBroken.class);
	}

	@Test
	void statusOnlyMovesForwardAndClosesWithAnOutcome() {
		Signal signal = signal(1, "oost", Status.IN_BEHANDELING);
		signal.takenIntoLobby(TODAY, "raadsbrief", 7L);
		signal.discussed(TODAY, "nogmaals besproken", 3L);
		assertThat(signal.status()).isEqualTo(Status.IN_LOBBY);
		signal.finish(TODAY, "Regeling hersteld");
		assertThat(signal.status()).isEqualTo(Status.AFGEROND);
		assertThatThrownBy(() -> signal.discussed(TODAY, "te laat", null)).isInstanceOf(SignalRuleBroken.class);
		assertThat(signal.newEntries()).extracting(TrailEntry::kind).containsExactly("LOBBY", "BESPROKEN", "AFGEROND");
		assertThat(signal.newEntries().get(0).lobbyId()).isEqualTo(7L);
		assertThat(signal.newEntries().get(1).consultationId()).isEqualTo(3L);
	}

	@Test
	void theAgendaIsThatOfTheSignalsOwnRegion() {
		Signal own = signal(1, "oost", Status.IN_BEHANDELING);
		assertThat(own.putOnAgenda("zuid", null, "", TODAY)).isEqualTo("oost");
		Signal without = signal(2, null, Status.IN_BEHANDELING);
		assertThatThrownBy(() -> without.putOnAgenda(null, null, "", TODAY)).hasMessage("signals.rule.agendaRegion");
		assertThat(without.putOnAgenda("west", 12L, "", TODAY)).isEqualTo("west");
		assertThat(without.agendaConsultationId()).isEqualTo(12L);
	}

	@Test
	void aMergedDuplicateGivesItsThemesAndDisappears() {
		Signal target = signal(1, "oost", Status.IN_BEHANDELING);
		Signal duplicate = new Signal(2L, "Dubbel", "Verhaal", List.of("kinderen", "schulden"), Signal.Place.NONE, "oost",
				Status.NIEUW, null, null, null);
		assertThatThrownBy(() -> target.mergeInto(target, TODAY)).hasMessage("signals.rule.mergeSelf");
		duplicate.mergeInto(target, TODAY);
		assertThat(target.themes()).containsExactly("schulden", "kinderen");
		assertThat(duplicate.status()).isEqualTo(Status.NIET_GEPUBLICEERD);
		assertThat(duplicate.mergedInto()).isEqualTo(1L);
		assertThatThrownBy(() -> duplicate.takeUp(TODAY)).hasMessage("signals.rule.merged");
	}

	@Test
	void editingKeepsAtLeastOneThemeAndLeavesANoteOnlyStaffSee() {
		Signal signal = signal(1, "oost", Status.NIEUW);
		assertThatThrownBy(() -> signal.edit("T", "V", List.of(), Signal.Place.NONE, "oost", TODAY))
			.hasMessage("signals.rule.themes");
		signal.edit("Titel", "Zonder namen", List.of("kinderen"), Signal.Place.NONE, "oost", TODAY);
		assertThat(signal.regionKey()).isEqualTo("oost");
		assertThat(signal.newEntries()).singleElement().satisfies(entry -> assertThat(entry.shown()).isFalse());
	}
}
