package nl.alliantie.consultations;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import nl.alliantie.consultations.minutes.Minutes;

/**
 * The events the consultations module publishes for the others, tested with the module and what
 * it depends on only: {@link MinutesPublished} (the work program and the document library hear it).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
class ConsultationEventsTest {

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	Minutes minutes;

	@Test
	void publishingTheMinutesPublishesMinutesPublished(Scenario scenario) {
		long consultation = fixtures.planned("west", Duration.ofDays(-2));
		scenario.stimulate(() -> minutes.publish(consultation))
			.andWaitForEventOfType(MinutesPublished.class)
			.matching(published -> published.consultation().equals(new ConsultationId(consultation)))
			.toArriveAndVerify(published -> org.assertj.core.api.Assertions.assertThat(published.regionKey())
				.isEqualTo("west"));
	}
}
