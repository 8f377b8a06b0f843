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

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
