package nl.alliantie;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their boundaries; their documentation is written to target/spring-modulith-docs. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(AlliantieApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Consultations show signals as agenda items and write back through the events of the signals
	 * API (docs/adr/0007): they use only that API (its base package), and signals never depends on
	 * consultations, not even through another module.
	 */
	@Test
	void consultationsUseTheSignalsApiAndSignalsNeverDependOnConsultations() {
		ApplicationModule signals = MODULES.getModuleByName("signals").orElseThrow();
		ApplicationModule consultations = MODULES.getModuleByName("consultations").orElseThrow();
		assertThat(signals.getAllDependencies(MODULES).contains(consultations)).isFalse();
		assertThat(consultations.getDirectDependencies(MODULES).stream()
			.filter(dependency -> dependency.getTargetModule().equals(signals))
			.map(ApplicationModuleDependency::getTargetType))
			.isNotEmpty()
			.allSatisfy(type -> assertThat(type.getPackageName()).isEqualTo("nl.alliantie.signals"));
	}

	/**
	 * Diagrams and canvases only. {@code writeDocumentation()} would also write
	 * {@code application-modules.json} into target/classes, which the runtime then prefers over
	 * scanning: after a new module is added, a stale file makes Flyway skip that module's migrations.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}
}
