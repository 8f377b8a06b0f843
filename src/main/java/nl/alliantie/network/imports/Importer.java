package nl.alliantie.network.imports;

import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.organisations.OrganisationDetails;
import nl.alliantie.network.organisations.Organisations;
import nl.alliantie.network.people.PersonRole;
import nl.alliantie.network.people.People;

/**
 * Keeps an uploaded file until it is confirmed, then imports every row in one transaction in the
 * background: all rows or none. Progress is counted in memory so the progress page can show it
 * while the transaction is still open.
 */
@Service
public class Importer {

	private static final Logger log = LoggerFactory.getLogger(Importer.class);

	public record Upload(long id, ImportCheck.Kind kind, String fileName, String content, String status, int total,
			int imported, int skipped, String failure, String createdBy) {
	}

	private final JdbcClient jdbc;

	private final ImportCheck check;

	private final Organisations organisations;

	private final People people;

	private final TransactionTemplate transactions;

	private final Map<Long, AtomicInteger> progress = new ConcurrentHashMap<>();

	Importer(JdbcClient jdbc, ImportCheck check, Organisations organisations, People people,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.check = check;
		this.organisations = organisations;
		this.people = people;
		this.transactions = transactions;
	}

	public long upload(ImportCheck.Kind kind, @Nullable String fileName, String content, String actor) {
		return jdbc.sql("""
				insert into network_import (kind, file_name, content, status, created_by)
				values (:kind, :file, :content, 'VOORBEELD', :actor) returning id
				""")
			.param("kind", kind.name())
			.param("file", fileName == null ? "import.csv" : fileName)
			.param("content", content)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	public Optional<Upload> find(long id) {
		return jdbc.sql("""
				select id, kind, file_name, content, status, total, imported, skipped, failure, created_by
				from network_import where id = :id
				""")
			.param("id", id)
			.query(Upload.class)
			.optional();
	}

	/** Rows done so far of a running import. */
	public int progress(long id) {
		AtomicInteger done = progress.get(id);
		return done == null ? 0 : done.get();
	}

	/**
	 * Starts the import when the file still checks out without errors; a second confirm does
	 * nothing. Returns false when the file has errors now.
	 */
	public boolean confirm(long id, String actor) {
		Upload upload = find(id).orElseThrow();
		ImportCheck.Result result = check.check(upload.kind(), upload.content());
		if (!result.importable()) {
			return false;
		}
		int claimed = jdbc.sql("""
				update network_import set status = 'BEZIG', total = :total, skipped = :skipped
				where id = :id and status = 'VOORBEELD'
				""")
			.param("total", result.ready())
			.param("skipped", result.duplicates().size())
			.param("id", id)
			.update();
		if (claimed == 1) {
			progress.put(id, new AtomicInteger());
			Thread.ofVirtual().name("import-" + id).start(() -> run(id, result, actor));
		}
		return true;
	}

	private void run(long id, ImportCheck.Result result, String actor) {
		// put by start() before this thread starts; computeIfAbsent only says so to the checker
		AtomicInteger done = progress.computeIfAbsent(id, key -> new AtomicInteger());
		try {
			transactions.executeWithoutResult(status -> {
				for (OrganisationDetails details : result.organisations()) {
					organisations.register(details);
					done.incrementAndGet();
				}
				for (ImportCheck.PersonRow row : result.people()) {
					PersonId person = people.findOrCreate(row.name(), row.email(), row.phone(), actor);
					if (row.role() != null) {
						// ImportCheck gives a row with a role its organisation and municipality
						OrganisationId organisation = organisations
							.findByName(Objects.requireNonNull(row.organisation()), Objects.requireNonNull(row.municipality()))
							.orElseThrow();
						switch (row.role()) {
							case "vertegenwoordiger" -> organisations.appoint(organisation, row.name(), row.email(), actor);
							case "contactpersoon" -> people.addRole(person, PersonRole.CONTACTPERSOON,
									Long.toString(organisation.value()), actor);
							default -> people.addRole(person, PersonRole.KADERLID, Long.toString(organisation.value()),
									actor);
						}
					}
					done.incrementAndGet();
				}
			});
			jdbc.sql("update network_import set status = 'KLAAR', imported = :n, done_at = now(), content = '' where id = :id")
				.param("n", done.get())
				.param("id", id)
				.update();
		}
		catch (RuntimeException e) {
			log.warn("Import {} mislukt, niets ingevoerd: {}", id, e.toString());
			jdbc.sql("update network_import set status = 'MISLUKT', imported = 0, done_at = now(), failure = :failure where id = :id")
				.param("failure", e.getClass().getSimpleName())
				.param("id", id)
				.update();
		}
		finally {
			progress.remove(id);
		}
	}
}
