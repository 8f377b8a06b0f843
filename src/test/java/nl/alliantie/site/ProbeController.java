package nl.alliantie.site;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.alliantie.accounts.Access;

/**
 * Routes that exist only on the test class path: they let tests prove the shared mechanisms
 * (binding checks, error pages, database failures) before the modules that use them exist.
 */
@RestController
class ProbeController {

	private final JdbcClient jdbc;

	private final Access access;

	ProbeController(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@GetMapping("/beheer/probe/regio/{region}")
	@PreAuthorize("@access.coordinates(#region)")
	String region(@PathVariable String region) {
		return "regio " + region;
	}

	@PostMapping("/beheer/probe/organisatie/{id}")
	String organisation(@PathVariable long id) {
		access.requireRepresents(id);
		return "organisatie " + id;
	}

	@GetMapping("/beheer/probe/provincie/{province}")
	@PreAuthorize("@access.writesFor(#province)")
	String province(@PathVariable String province) {
		return "provincie " + province;
	}

	@GetMapping("/probe/fout")
	String failure() {
		throw new IllegalStateException("geheime details uit de stacktrace");
	}

	@GetMapping("/probe/database")
	String database() {
		return jdbc.sql("select 'database ' || current_database()").query(String.class).single();
	}

	/** A statement that runs {@code ms} milliseconds (at most 3 s): longer than a visitor's statement may. */
	@GetMapping("/probe/traag")
	String slow(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "1500") int ms) {
		return jdbc.sql("select 'klaar na ' || :ms || ' ms' from pg_sleep(:seconds)").param("ms", ms)
			.param("seconds", Math.min(ms, 3000) / 1000.0).query(String.class).single();
	}

	@PostMapping("/probe/formulier")
	String form() {
		return "ontvangen";
	}
}
