package nl.alliantie;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.NullMarked;
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
import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * Every package of the application is {@code @NullMarked} (ADR 0036): NullAway checks only marked
	 * packages ({@code OnlyNullMarked}), so a new package without a {@code package-info.java} that says
	 * so would silently go unchecked.
	 */
	@Test
	void everyPackageIsNullMarked() {
		TreeSet<String> packages = new TreeSet<>();
		CLASSES.forEach(type -> packages.add(type.getPackageName()));
		List<String> unmarked = new ArrayList<>();
		for (String name : packages) {
			try {
				if (!Class.forName(name + ".package-info").isAnnotationPresent(NullMarked.class)) {
					unmarked.add(name);
				}
			}
			catch (ClassNotFoundException e) {
				unmarked.add(name); // no package-info.java with an annotation
			}
		}
		assertThat(packages).hasSizeGreaterThan(50);
		assertThat(unmarked).as("packages without @NullMarked in their package-info.java (ADR 0036)").isEmpty();
	}

	static final Path TEMPLATES = Path.of("src/main/jte");

	/**
	 * One naming style for templates: lowerCamelCase files in lowercase-led folders. JTE calls a part
	 * as {@code @template.folder.name(...)}, which needs Java identifiers, so {@code link-expired.jte}
	 * could never be a part and two styles lived side by side (issue 13).
	 */
	@Test
	void templateFilesAreNamedInLowerCamelCase() throws IOException {
		List<String> misnamed = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(TEMPLATES)) {
			paths.filter(path -> !path.equals(TEMPLATES)).forEach(path -> {
				String name = path.getFileName().toString();
				boolean fits = Files.isDirectory(path) ? name.matches("[a-z][A-Za-z0-9]*") : name.matches("[a-z][A-Za-z0-9]*\\.jte");
				if (!fits) {
					misnamed.add(TEMPLATES.relativize(path).toString());
				}
			});
		}
		assertThat(misnamed).as("template files and folders not in lowerCamelCase (e.g. linkExpired.jte)").isEmpty();
	}

	/**
	 * Every template name the code gives (a controller's returned view name, a {@code render("….jte")})
	 * names a file in {@code src/main/jte}: the precompiled templates fail only when the page is asked
	 * for. A name is a string literal that starts with a template folder ({@code "accounts/login"});
	 * one followed by {@code +} is the start of a longer name and not checked.
	 */
	@Test
	void everyTemplateNameInTheCodeExists() throws IOException {
		List<String> folders;
		try (Stream<Path> paths = Files.list(TEMPLATES)) {
			folders = paths.filter(Files::isDirectory).map(path -> path.getFileName().toString()).toList();
		}
		Pattern name = Pattern.compile("\"((?:" + String.join("|", folders) + ")/[A-Za-z0-9/_-]+?)(\\.jte)?\"(?!\\s*\\+)");
		TreeSet<String> named = new TreeSet<>();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher found = name.matcher(Files.readString(source));
				while (found.find()) {
					named.add(found.group(1));
					if (!Files.isRegularFile(TEMPLATES.resolve(found.group(1) + ".jte"))) {
						missing.add(found.group(1) + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertThat(named).as("template names found in the code").hasSizeGreaterThan(100).contains("accounts/login", "site/error");
		assertThat(missing).as("template names in the code without a file in src/main/jte").isEmpty();
	}
}
