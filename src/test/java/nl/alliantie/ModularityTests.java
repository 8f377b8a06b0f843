package nl.alliantie;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; their documentation is written to target/spring-modulith-docs. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(AlliantieApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		MODULES.verify();
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
