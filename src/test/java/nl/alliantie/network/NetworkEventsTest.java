package nl.alliantie.network;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import nl.alliantie.network.people.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events the network module publishes for the others, tested with the module and what it
 * depends on only. {@link PersonErased} is what every module that holds personal data hears.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
class NetworkEventsTest {

	@Autowired
	People people;

	@Test
	void erasingAPersonPublishesPersonErasedOnce(Scenario scenario) {
		PersonId person = people.findOrCreate("Wis Mij", NetworkFixtures.unique("wis") + "@test.alliantie.local", null, "test");
		scenario.stimulate(() -> people.erase(person, "test"))
			.andWaitForEventOfType(PersonErased.class)
			.matching(erased -> erased.person().equals(person))
			.toArriveAndVerify(erased -> assertThat(people.find(person.value())).hasValueSatisfying(
					found -> assertThat(found.erased()).isTrue()));
	}
}
