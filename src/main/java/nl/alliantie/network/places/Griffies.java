package nl.alliantie.network.places;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.csv.Csv;

/**
 * The mail address of each municipality's council clerk (griffie), where council letters go.
 * Read per page in one query; set by hand or by a CSV import that changes all rows or none.
 */
@Component
public class Griffies {

	static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final int PAGE_SIZE = 50;

	/** A municipality with its griffie address ({@code null} while unknown). */
	public record Row(String municipality, String province, String griffieEmail) {
	}

	/** One line of an import that cannot be taken over, with the text key of why. */
	public record ImportProblem(int line, String value, String messageKey) {
	}

	private final JdbcClient jdbc;

	private final Places places;

	Griffies(JdbcClient jdbc, Places places) {
		this.jdbc = jdbc;
		this.places = places;
	}

	/** A page of municipalities by name whose name contains {@code filter}; one query, one row more to see if there is a next page. */
	public List<Row> page(@Nullable String filter, int page) {
		String like = "%" + (filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
		return jdbc.sql("""
				select name as municipality, province, griffie_email from network_municipality
				where lower(name) like :like escape '\\'
				order by lower(name) limit :limit offset :offset
				""")
			.param("like", like)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (Math.max(1, page) - 1) * PAGE_SIZE)
			.query(Row.class)
			.list();
	}

	/** The griffie addresses of all municipalities that have one, by municipality name. */
	public Map<String, String> all() {
		Map<String, String> addresses = new LinkedHashMap<>();
		jdbc.sql("select name, griffie_email from network_municipality where griffie_email is not null order by name")
			.query((rs, row) -> addresses.put(rs.getString(1), rs.getString(2)))
			.list();
		return addresses;
	}

	public Optional<String> of(String municipality) {
		return jdbc.sql("select griffie_email from network_municipality where name = :name and griffie_email is not null")
			.param("name", municipality)
			.query(String.class)
			.optional();
	}

	static boolean valid(String address) {
		return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
	}

	/** Sets (or with a blank address clears) the griffie address of a known municipality. */
	@Transactional
	public void set(String municipality, String address) {
		String value = address == null || address.isBlank() ? null : address.strip();
		if (value != null && !valid(value)) {
			throw new IllegalArgumentException("Not an address: " + value);
		}
		jdbc.sql("update network_municipality set griffie_email = :email where name = :name")
			.param("email", value)
			.param("name", municipality)
			.update();
	}

	/**
	 * Reads {@code gemeente;griffie} lines (a header line is allowed). Returns the problems; when
	 * there are none, every address is stored, else none is.
	 */
	@Transactional
	public List<ImportProblem> importCsv(String text, int[] imported) {
		List<List<String>> rows = Csv.parse(text == null ? "" : text);
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, String> found = new LinkedHashMap<>();
		int line = 0;
		for (List<String> row : rows) {
			line++;
			String name = row.isEmpty() ? "" : row.get(0).strip();
			String email = row.size() < 2 ? "" : row.get(1).strip();
			if (line == 1 && name.equalsIgnoreCase("gemeente")) {
				continue;
			}
			if (name.isEmpty() && email.isEmpty()) {
				continue;
			}
			var municipality = places.municipality(name);
			if (municipality.isEmpty()) {
				problems.add(new ImportProblem(line, name, "network.griffies.import.unknown"));
			}
			else if (!valid(email)) {
				problems.add(new ImportProblem(line, email, "network.griffies.import.invalid"));
			}
			else {
				found.put(municipality.get().name(), email);
			}
		}
		if (found.isEmpty() && problems.isEmpty()) {
			problems.add(new ImportProblem(0, "", "network.griffies.import.empty"));
		}
		if (problems.isEmpty()) {
			found.forEach(this::set);
			imported[0] = found.size();
		}
		return problems;
	}
}
