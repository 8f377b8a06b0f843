package nl.alliantie;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules of ARCHITECTURE.md that the compiler does not check. */
class HouseRulesTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.alliantie");

	@Test
	void noUtilPackages() {
		ArchRule rule = noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..")
			.because("code lives with the capability it serves");
		rule.check(CLASSES);
	}

	@Test
	void noGrabBagNames() {
		ArchRule rule = noClasses().should()
			.haveSimpleNameEndingWith("Util")
			.orShould().haveSimpleNameEndingWith("Utils")
			.orShould().haveSimpleNameEndingWith("Helper")
			.orShould().haveSimpleNameEndingWith("Manager")
			.orShould().haveSimpleNameEndingWith("Impl")
			.because("names say what a thing is (ARCHITECTURE.md, Names)");
		rule.check(CLASSES);
	}

	@Test
	void controllersDoNotTouchStorage() {
		ArchRule rule = noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or().areAnnotatedWith(RestController.class)
			.should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
			.orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
			.orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
			.because("controllers load, call and render through the module's services and facades");
		rule.check(CLASSES);
	}

	@Test
	void constructorInjectionOnly() {
		ArchRule rule = fields().should().notBeAnnotatedWith(Autowired.class);
		rule.check(CLASSES);
	}

	@Test
	void noStandardStreams() {
		ArchRule rule = noClasses().should()
			.accessField(System.class, "out")
			.orShould().accessField(System.class, "err")
			.because("everything goes through the log");
		rule.check(CLASSES);
	}

	@Test
	void domainEventsArePastTenseRecords() {
		ArchRule rule = classes().that().resideInAPackage("nl.alliantie.*")
			.and().haveSimpleNameEndingWith("ed")
			.and().areNotInterfaces()
			.and().areNotEnums()
			.should().beRecords()
			.allowEmptyShould(true);
		rule.check(CLASSES);
	}

	/**
	 * The conferences' feature packages depend on each other one way only: {@code editions} ←
	 * {@code registrations} ← {@code evaluations}, with the pages in {@code web} on top (issue 13).
	 */
	@Test
	void conferencesFeaturePackagesDoNotDependOnEachOtherBothWays() {
		slices().matching("nl.alliantie.conferences.(*)..")
			.should().beFreeOfCycles()
			.because("a feature package that needs another is built on it, not tangled with it")
			.check(CLASSES);
	}

	/** The same for the feature packages of every module (network's places and organisations were tangled). */
	@Test
	void noModulesFeaturePackagesDependOnEachOtherBothWays() {
		slices().matching("nl.alliantie.(*).(*)..")
			.should().beFreeOfCycles()
			.because("a feature package that needs another is built on it, not tangled with it")
			.check(CLASSES);
	}
}
