package nl.alliantie;

import org.junit.jupiter.api.Test;

import java.util.List;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import nl.alliantie.shared.db.ModuleMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their boundaries; their documentation is written to target/spring-modulith-docs. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(AlliantieApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * {@code db/migration/modules.txt} names every module once, each after the modules it depends
	 * on, so that a module's migrations may refer to the tables of the modules it uses.
	 */
	@Test
	void theMigrationOrderListsEveryModuleAfterItsDependencies() {
		List<String> order = ModuleMigrations.readOrder();
		assertThat(order).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(MODULES.stream().map(m -> m.getIdentifier().toString()).toList());
		for (ApplicationModule module : MODULES) {
			String name = module.getIdentifier().toString();
			for (ApplicationModule used : module.getDirectDependencies(MODULES).uniqueModules().toList()) {
				assertThat(order.indexOf(used.getIdentifier().toString()))
					.as("%s uses %s, so its migrations run after those of %s", name, used.getIdentifier(), used.getIdentifier())
					.isLessThan(order.indexOf(name));
			}
		}
	}

	/**
	 * Consultations show signals as agenda items and write back through the events of the signals
	 * API (docs/adr/0008): they use only that API (its base package), and signals never depends on
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
