package nl.alliantie.network.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.csv.Csv;
import nl.alliantie.network.organisations.Organisation;
import nl.alliantie.network.organisations.OrganisationDetails;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.network.places.Places;

/**
 * Reads and checks an import file without changing anything: every row becomes either an error
 * (a plain Dutch sentence with the line number), a duplicate of what is already stored (skipped),
 * or a row to import. Two queries load what duplicates are checked against.
 */
@Component
public class ImportCheck {

	public enum Kind {
		ORGANISATIES, PERSONEN
	}

	/** A problem on a line, or a duplicate that will be skipped. */
	public record Finding(int line, String message) {
	}

	/** A person row ready to import. */
	public record PersonRow(int line, String name, String email, @Nullable String phone, @Nullable String role, @Nullable String organisation,
			@Nullable String municipality) {
	}

	public record Result(Kind kind, int total, List<Finding> errors, List<Finding> duplicates,
			List<OrganisationDetails> organisations, List<PersonRow> people) {

		public int ready() {
			return organisations.size() + people.size();
		}

		public boolean importable() {
			return errors.isEmpty() && ready() > 0;
		}
	}

	static final List<String> ORGANISATION_COLUMNS = List.of("naam", "soort", "gemeente", "adres", "postcode",
			"website", "email", "telefoon", "status", "lid sinds", "wat wij doen", "thema's");

	static final List<String> PERSON_COLUMNS = List.of("naam", "email", "telefoon", "rol", "organisatie", "gemeente");

	static final Set<String> ROLES = Set.of("vertegenwoordiger", "contactpersoon", "kaderlid");

	private final Places places;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ImportCheck(Places places, JdbcClient jdbc, MessageSource messages) {
		this.places = places;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public Result check(Kind kind, String text) {
		List<List<String>> rows;
		List<Finding> errors = new ArrayList<>();
		try {
			rows = Csv.parse(text);
		}
		catch (Csv.Unreadable e) {
			errors.add(new Finding(e.line(), messages.getMessage(e.key(), new Object[] { e.line() },
					LocaleContextHolder.getLocale())));
			return new Result(kind, 0, errors, List.of(), List.of(), List.of());
		}
		if (rows.isEmpty()) {
			errors.add(new Finding(1, "Het bestand is leeg."));
			return new Result(kind, 0, errors, List.of(), List.of(), List.of());
		}
		List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
		List<String> expected = kind == Kind.ORGANISATIES ? ORGANISATION_COLUMNS : PERSON_COLUMNS;
		List<String> missing = expected.subList(0, kind == Kind.ORGANISATIES ? 3 : 2)
			.stream()
			.filter(column -> !header.contains(column))
			.toList();
		if (!missing.isEmpty()) {
			errors.add(new Finding(1, "De eerste regel moet de kolomnamen hebben. Deze ontbreken: "
					+ String.join(", ", missing) + "."));
			return new Result(kind, rows.size() - 1, errors, List.of(), List.of(), List.of());
		}
		Map<String, Integer> column = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			column.putIfAbsent(header.get(i), i);
		}
		return kind == Kind.ORGANISATIES ? organisations(rows, column) : people(rows, column);
	}

	/** The columns of the file's first line that this kind of import does not know, and so leaves out. */
	public static List<String> ignoredColumns(Kind kind, String text) {
		try {
			List<List<String>> rows = Csv.parse(text);
			List<String> expected = kind == Kind.ORGANISATIES ? ORGANISATION_COLUMNS : PERSON_COLUMNS;
			return rows.isEmpty() ? List.of()
					: rows.get(0).stream().map(String::trim)
						.filter(h -> !h.isEmpty() && !expected.contains(h.toLowerCase(Locale.ROOT)))
						.distinct()
						.toList();
		}
		catch (Csv.Unreadable e) {
			return List.of();
		}
	}

	private static @Nullable String cell(List<String> row, Map<String, Integer> column, String name) {
		Integer index = column.get(name);
		if (index == null || index >= row.size()) {
			return null;
		}
		String value = row.get(index).trim();
		// a cell neutralised on export comes back as it was
		if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
			value = value.substring(1);
		}
		return value.isEmpty() ? null : value;
	}

	/** Every organisation already registered, as "municipality|name" in lower case. */
	private Set<String> organisationKeys() {
		return new HashSet<>(jdbc.sql("select lower(municipality) || '|' || lower(name) from network_organisation")
			.query(String.class)
			.list());
	}

	private Result organisations(List<List<String>> rows, Map<String, Integer> column) {
		List<Finding> errors = new ArrayList<>();
		List<Finding> duplicates = new ArrayList<>();
		List<OrganisationDetails> ready = new ArrayList<>();
		Set<String> existing = organisationKeys();
		Set<String> inFile = new HashSet<>();
		int total = 0;
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			int line = i + 1;
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			total++;
			List<String> problems = new ArrayList<>();
			String name = cell(row, column, "naam");
			String typeText = cell(row, column, "soort");
			String municipalityText = cell(row, column, "gemeente");
			if (name == null) {
				problems.add("de naam ontbreekt");
			}
			else if (name.length() > 200) {
				problems.add("de naam is langer dan 200 tekens");
			}
			String type = typeText == null ? null
					: places.types()
						.stream()
						.filter(t -> t.key().equalsIgnoreCase(typeText) || t.name().equalsIgnoreCase(typeText)
								|| t.name(java.util.Locale.ENGLISH).equalsIgnoreCase(typeText))
						.map(Places.OrganisationType::key)
						.findFirst()
						.orElse(null);
			if (typeText == null) {
				problems.add("de soort ontbreekt");
			}
			else if (type == null) {
				problems.add("de soort \"" + typeText + "\" kennen wij niet");
			}
			var municipality = places.municipality(municipalityText);
			if (municipalityText == null) {
				problems.add("de gemeente ontbreekt");
			}
			else if (municipality.isEmpty()) {
				problems.add("de gemeente \"" + municipalityText + "\" kennen wij niet");
			}
			String email = cell(row, column, "email");
			if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
				problems.add("het e-mailadres \"" + email + "\" klopt niet");
			}
			String postcode = cell(row, column, "postcode");
			if (postcode != null && !postcode.matches("^[1-9][0-9]{3}\\s?[A-Za-z]{2}$")) {
				problems.add("de postcode \"" + postcode + "\" klopt niet");
			}
			String statusText = cell(row, column, "status");
			OrganisationStatus status = OrganisationStatus.AANGESLOTEN;
			if (statusText != null) {
				String normalised = statusText.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
				status = Arrays.stream(OrganisationStatus.values())
					.filter(s -> s.name().equals(normalised))
					.findFirst()
					.orElse(null);
				if (status == null) {
					problems.add("de status \"" + statusText + "\" kennen wij niet (kies aangesloten, uitgenodigd, op afstand of gestopt)");
				}
			}
			LocalDate since = null;
			String sinceText = cell(row, column, "lid sinds");
			if (sinceText != null) {
				try {
					since = LocalDate.parse(sinceText);
				}
				catch (DateTimeParseException e) {
					problems.add("de datum \"" + sinceText + "\" klopt niet (schrijf 2025-01-31)");
				}
			}
			if (!problems.isEmpty() || name == null) { // a missing name is among the problems
				errors.add(new Finding(line, capitalise(String.join(", ", problems)) + "."));
				continue;
			}
			String key = municipality.get().name().toLowerCase(Locale.ROOT) + "|" + name.toLowerCase(Locale.ROOT);
			if (!inFile.add(key)) {
				errors.add(new Finding(line, "Deze organisatie staat al eerder in het bestand (" + name + ", "
						+ municipality.get().name() + ")."));
				continue;
			}
			if (existing.contains(key)) {
				duplicates.add(new Finding(line, name + " in " + municipality.get().name()
						+ " staat al in het netwerk. Deze regel wordt overgeslagen."));
				continue;
			}
			String website = cell(row, column, "website");
			String themes = cell(row, column, "thema's");
			ready.add(new OrganisationDetails(name, type, municipality.get().name(), null, cell(row, column, "adres"),
					postcode == null ? null : postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT).replaceFirst("^(\\d{4})", "$1 "),
					website == null ? null : website.startsWith("http") ? website : "https://" + website,
					email == null ? null : email.toLowerCase(Locale.ROOT), cell(row, column, "telefoon"),
					cell(row, column, "wat wij doen"), status, since,
					themes == null ? List.of()
							: Arrays.stream(themes.split("[,;]")).map(String::trim).filter(t -> !t.isEmpty()).toList()));
		}
		return new Result(Kind.ORGANISATIES, total, errors, duplicates, ready, List.of());
	}

	private Result people(List<List<String>> rows, Map<String, Integer> column) {
		List<Finding> errors = new ArrayList<>();
		List<Finding> duplicates = new ArrayList<>();
		List<PersonRow> ready = new ArrayList<>();
		Set<String> existing = new HashSet<>(jdbc.sql("select lower(email) from network_person where email is not null")
			.query(String.class)
			.list());
		Map<String, Integer> representatives = new HashMap<>();
		jdbc.sql("""
				select lower(o.municipality) || '|' || lower(o.name) as key, count(r.person_id) as count
				from network_organisation o join network_representative r on r.organisation_id = o.id
				group by o.id
				""").query((rs, n) -> representatives.put(rs.getString(1), rs.getInt(2))).list();
		Set<String> organisations = organisationKeys();
		Set<String> inFile = new HashSet<>();
		int total = 0;
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			int line = i + 1;
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			total++;
			List<String> problems = new ArrayList<>();
			String name = cell(row, column, "naam");
			String email = cell(row, column, "email");
			String role = cell(row, column, "rol");
			String organisation = cell(row, column, "organisatie");
			String municipalityText = cell(row, column, "gemeente");
			if (name == null) {
				problems.add("de naam ontbreekt");
			}
			if (email == null) {
				problems.add("het e-mailadres ontbreekt");
			}
			else if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
				problems.add("het e-mailadres \"" + email + "\" klopt niet");
			}
			String orgKey = null;
			if (role != null) {
				role = role.toLowerCase(Locale.ROOT);
				if (!ROLES.contains(role)) {
					problems.add("de rol \"" + role + "\" kennen wij niet (kies vertegenwoordiger, contactpersoon of kaderlid)");
				}
				var municipality = places.municipality(municipalityText);
				if (organisation == null || municipality.isEmpty()) {
					problems.add("bij een rol horen de naam van de organisatie en een bestaande gemeente");
				}
				else {
					orgKey = municipality.get().name().toLowerCase(Locale.ROOT) + "|" + organisation.toLowerCase(Locale.ROOT);
					if (!organisations.contains(orgKey)) {
						problems.add("de organisatie \"" + organisation + "\" in " + municipality.get().name()
								+ " staat niet in het netwerk");
					}
				}
			}
			if (!problems.isEmpty() || name == null || email == null) { // a missing name or address is among the problems
				errors.add(new Finding(line, capitalise(String.join(", ", problems)) + "."));
				continue;
			}
			String normalised = email.toLowerCase(Locale.ROOT);
			if (!inFile.add(normalised)) {
				errors.add(new Finding(line, "Het e-mailadres " + email + " staat al eerder in het bestand."));
				continue;
			}
			if (existing.contains(normalised)) {
				duplicates.add(new Finding(line, name + " (" + email + ") staat al in het netwerk. Deze regel wordt overgeslagen."));
				continue;
			}
			if ("vertegenwoordiger".equals(role)) {
				int count = representatives.merge(orgKey, 1, Integer::sum);
				if (count > Organisation.MAX_REPRESENTATIVES) {
					errors.add(new Finding(line, "De organisatie " + organisation
							+ " zou meer dan twee vertegenwoordigers krijgen. Een organisatie heeft er hoogstens twee."));
					continue;
				}
			}
			ready.add(new PersonRow(line, name, normalised, cell(row, column, "telefoon"), role, organisation,
					role == null ? null : places.municipality(municipalityText).orElseThrow().name()));
		}
		return new Result(Kind.PERSONEN, total, errors, duplicates, List.of(), ready);
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
