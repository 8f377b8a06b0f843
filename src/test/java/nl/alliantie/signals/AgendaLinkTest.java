package nl.alliantie.signals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.alliantie.AlliantieTest;
import nl.alliantie.signals.handling.AgendaLink;

import static nl.alliantie.signals.SignalFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hooks the consultations and lobby modules will call from their events: a planned
 * consultation takes over the waiting agenda items of its region; its minutes and a lobby item
 * write the signal's trail.
 */
@AlliantieTest
@org.springframework.test.context.event.RecordApplicationEvents
class AgendaLinkTest {

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	@Autowired
	AgendaLink link;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.context.ApplicationEventPublisher publisher;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void theConsultationsAndLobbyModulesWriteBackThroughEvents() {
		long consultation = 800_000_000L + (long) (Math.random() * 1_000_000);
		long id = fixtures.published(unique("Via events"), "Op de agenda.", "Roermond");
		jdbc.sql("update signals_signal set agenda_region = 'zuid', agenda_since = now() where id = :id").param("id", id).update();
		transactions.executeWithoutResult(tx -> publisher.publishEvent(new ConsultationPlanned(consultation, "zuid",
				LocalDate.now().plusDays(30))));
		assertThat(signals.onAgendaOf(consultation)).extracting(item -> item.id().value()).contains(id);
		transactions.executeWithoutResult(tx -> publisher.publishEvent(new AgendaItemDiscussed(consultation,
				new SignalId(id), LocalDate.now().plusDays(30), "Besproken: de raad informeren.")));
		assertThat(fixtures.status(id)).isEqualTo("BESPROKEN");
		transactions.executeWithoutResult(tx -> publisher.publishEvent(new SignalUsedInLobby(consultation + 5,
				new SignalId(id), LocalDate.now().plusDays(60), "Raadsbrief")));
		assertThat(fixtures.status(id)).isEqualTo("IN_LOBBY");
		assertThat(signals.takenIntoLobby(consultation + 5)).singleElement()
			.satisfies(step -> assertThat(step.text()).isEqualTo("Raadsbrief"));
	}

	@Test
	void aPlannedConsultationTakesOverTheWaitingSignalsOfItsRegion() {
		long consultation = 900_000_000L + (long) (Math.random() * 1_000_000);
		long id = fixtures.published(unique("Wachtend"), "Op de agenda.", "Venlo");
		jdbc.sql("update signals_signal set agenda_region = 'zuid', agenda_since = now() where id = :id").param("id", id).update();
		assertThat(signals.awaitingAgenda("zuid")).anyMatch(item -> item.id().value() == id && item.consultationId() == null);

		assertThat(link.attachWaiting("zuid", consultation)).contains(id);
		assertThat(signals.onAgendaOf(consultation)).extracting(item -> item.id().value()).containsExactly(id);

		link.discussed(id, consultation, LocalDate.now().plusDays(1), "Besproken: voorbeelden verzamelen.");
		assertThat(signals.discussedIn(consultation)).singleElement()
			.satisfies(step -> assertThat(step.text()).isEqualTo("Besproken: voorbeelden verzamelen."));
		assertThat(signals.awaitingAgenda("zuid")).noneMatch(item -> item.id().value() == id);
		assertThat(fixtures.status(id)).isEqualTo("BESPROKEN");

		link.takenIntoLobby(id, consultation + 1, LocalDate.now().plusDays(2), "In de raadsbrief.");
		assertThat(signals.takenIntoLobby(consultation + 1)).hasSize(1);
		assertThat(events.stream(SignalDiscussed.class)).contains(new SignalDiscussed(new SignalId(id), consultation,
				LocalDate.now().plusDays(1)));
		assertThat(events.stream(SignalTakenIntoLobby.class)).contains(new SignalTakenIntoLobby(new SignalId(id),
				consultation + 1));
		assertThat(fixtures.status(id)).isEqualTo("IN_LOBBY");
		assertThat(signals.trail(new SignalId(id))).extracting(Signals.TrailStep::kind)
			.containsSubsequence("ONTVANGEN", "BESPROKEN", "LOBBY");
	}
}
