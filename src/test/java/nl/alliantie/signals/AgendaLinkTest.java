package nl.alliantie.signals;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;
import nl.alliantie.signals.handling.AgendaLink;

import static nl.alliantie.signals.SignalFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consultations and lobby modules write a signal's agenda and trail through the events of the
 * signals API: a planned consultation takes over the waiting agenda items of its region; its
 * minutes and a lobby item write the signal's trail. Each step, heard twice, is done once.
 */
@AlliantieTest
class AgendaLinkTest {

	static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	AgendaLink link;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theConsultationsAndLobbyModulesWriteBackThroughEvents() {
		long consultation = 800_000_000L + (long) (Math.random() * 1_000_000);
		long id = fixtures.published(unique("Via events"), "Op de agenda.", "Roermond");
		jdbc.sql("update signals_signal set agenda_region = 'zuid', agenda_since = now() where id = :id").param("id", id).update();
		publish(new ConsultationPlanned(consultation, "zuid", LocalDate.now().plusDays(30)));
		await().atMost(WAIT).untilAsserted(() -> assertThat(signals.onAgendaOf(consultation))
			.extracting(item -> item.id().value()).contains(id));
		publish(new AgendaItemDiscussed(consultation, new SignalId(id), LocalDate.now().plusDays(30),
				"Besproken: de raad informeren."));
		await().atMost(WAIT).until(() -> "BESPROKEN".equals(fixtures.status(id)));
		publish(new SignalUsedInLobby(consultation + 5, new SignalId(id), LocalDate.now().plusDays(60), "Raadsbrief"));
		await().atMost(WAIT).until(() -> "IN_LOBBY".equals(fixtures.status(id)));
		assertThat(signals.takenIntoLobby(consultation + 5)).singleElement()
			.satisfies(step -> assertThat(step.text()).isEqualTo("Raadsbrief"));
	}

	@Test
	void aPlannedConsultationTakesOverTheWaitingSignalsOfItsRegionAndEveryStepIsRecordedOnce() {
		long consultation = 900_000_000L + (long) (Math.random() * 1_000_000);
		long id = fixtures.published(unique("Wachtend"), "Op de agenda.", "Venlo");
		jdbc.sql("update signals_signal set agenda_region = 'zuid', agenda_since = now() where id = :id").param("id", id).update();
		assertThat(signals.awaitingAgenda("zuid")).anyMatch(item -> item.id().value() == id && item.consultationId() == null);

		assertThat(link.attachWaiting("zuid", consultation)).contains(id);
		assertThat(link.attachWaiting("zuid", consultation)).doesNotContain(id);
		assertThat(signals.onAgendaOf(consultation)).extracting(item -> item.id().value()).containsExactly(id);

		link.discussed(id, consultation, LocalDate.now().plusDays(1), "Besproken: voorbeelden verzamelen.");
		link.discussed(id, consultation, LocalDate.now().plusDays(1), "Besproken: voorbeelden verzamelen.");
		assertThat(signals.discussedIn(consultation)).singleElement()
			.satisfies(step -> assertThat(step.text()).isEqualTo("Besproken: voorbeelden verzamelen."));
		assertThat(signals.awaitingAgenda("zuid")).noneMatch(item -> item.id().value() == id);
		assertThat(fixtures.status(id)).isEqualTo("BESPROKEN");

		link.takenIntoLobby(id, consultation + 1, LocalDate.now().plusDays(2), "In de raadsbrief.");
		link.takenIntoLobby(id, consultation + 1, LocalDate.now().plusDays(2), "In de raadsbrief.");
		assertThat(signals.takenIntoLobby(consultation + 1)).hasSize(1);
		assertThat(fixtures.status(id)).isEqualTo("IN_LOBBY");
		assertThat(signals.trail(new SignalId(id))).extracting(Signals.TrailStep::kind)
			.containsExactly("ONTVANGEN", "BESPROKEN", "LOBBY");
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(tx -> publisher.publishEvent(event));
	}
}
