package nl.alliantie.newsletter.subscribers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.csv.Csv;

/**
 * Imports an existing list of subscribers from CSV ({@code email;naam;grondslag}). A row needs the
 * consent basis (how and when the person agreed, e.g. "aangemeld op de Alliantiedag 2025 met
 * handtekening"): rows without it, and rows without a valid address, are refused and reported with
 * their line number. An imported subscriber is confirmed at once; the basis goes into their consent
 * record with the file and the editor who imported it. An address already known is left as it is.
 */
@Service
public class SubscriberImport {

	public static final List<String> COLUMNS = List.of("email", "naam", "grondslag");

	static final int MAX_ROWS = 20_000;

	/** A row that was not imported, and why (a message key with its line number). */
	public record Refused(int line, String email, String reasonKey) {
	}

	public record Result(int imported, int known, List<Refused> refused, @Nullable String problemKey) {
	}

	private final SubscriberStore store;

	private final Clock clock;

	SubscriberImport(SubscriberStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional
	public Result importCsv(String text, String fileName, String editor, Locale locale) {
		List<List<String>> rows = Csv.parse(text);
		if (rows.isEmpty()) {
			return new Result(0, 0, List.of(), "newsletter.import.empty");
		}
		List<String> header = rows.get(0).stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
		int email = header.indexOf("email");
		int name = header.indexOf("naam");
		int basis = header.indexOf("grondslag");
		if (email < 0 || basis < 0) {
			return new Result(0, 0, List.of(), "newsletter.import.header");
		}
		if (rows.size() - 1 > MAX_ROWS) {
			return new Result(0, 0, List.of(), "newsletter.import.tooMany");
		}
		Instant now = clock.instant();
		int imported = 0;
		int known = 0;
		List<Refused> refused = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			String address = cell(row, email);
			String why = cell(row, basis);
			if (address.isEmpty() || address.length() > 254 || !SubscriberController.EMAIL.matcher(address).matches()) {
				refused.add(new Refused(i + 1, address, "newsletter.import.row.email"));
				continue;
			}
			if (why.isEmpty()) {
				refused.add(new Refused(i + 1, address, "newsletter.import.row.basis"));
				continue;
			}
			String who = cell(row, name);
			if (store.importConfirmed(address, who.isEmpty() ? null : who, now)) {
				long id = store.byEmail(address).orElseThrow().id();
				store.record(id, "GIVEN", now, why, "import " + fileName + " regel " + (i + 1) + " door " + editor);
				imported++;
			}
			else {
				known++;
			}
		}
		return new Result(imported, known, refused, null);
	}

	private static String cell(List<String> row, int index) {
		return index < 0 || index >= row.size() || row.get(index) == null ? "" : row.get(index).strip();
	}
}
