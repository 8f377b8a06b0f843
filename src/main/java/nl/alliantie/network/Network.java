package nl.alliantie.network;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.network.places.Places;

/** What other modules may read of the register. */
@Service
public class Network {

	/** An organisation as other modules see it. */
	public record OrganisationSummary(OrganisationId id, String name, String municipality, String province,
			String region, String status) {
	}

	/** A region with its display name. */
	public record RegionSummary(String key, String name) {
	}

	private final JdbcClient jdbc;

	private final Places places;

	private final nl.alliantie.network.places.Griffies griffies;

	Network(JdbcClient jdbc, Places places, nl.alliantie.network.places.Griffies griffies) {
		this.jdbc = jdbc;
		this.places = places;
		this.griffies = griffies;
	}

	// Read by the lobby module: where a council letter goes.

	/** The mail address of the council clerk (griffie) of a municipality, when the register has one. */
	public Optional<String> griffieOf(String municipality) {
		return municipality == null ? Optional.empty() : griffies.of(municipality);
	}

	/** The griffie addresses of every municipality that has one, by municipality name: one query. */
	public java.util.Map<String, String> griffies() {
		return griffies.all();
	}

	public Optional<OrganisationSummary> organisation(OrganisationId id) {
		return jdbc.sql("""
				select id, name, municipality, province, region_key, status
				from network_organisation where id = :id
				""")
			.param("id", id.value())
			.query((rs, row) -> new OrganisationSummary(new OrganisationId(rs.getLong(1)), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.optional();
	}

	/** The regions in their order; held in memory (see {@link Places}), so this costs no query. */
	public List<RegionSummary> regions() {
		return places.regions().stream().map(r -> new RegionSummary(r.key(), r.name())).toList();
	}

	/** The region key of a municipality, when it is known. */
	public Optional<String> regionOf(String municipality) {
		return municipality(municipality).map(MunicipalitySummary::regionKey);
	}

	// Added for the signals module (reads of places).

	/** A municipality with its province and the region of that province. */
	public record MunicipalitySummary(String name, String province, String regionKey) {
	}

	/** A province with its region. */
	public record ProvinceSummary(String name, String regionKey) {
	}

	/** The municipality as stored, found regardless of case. */
	public Optional<MunicipalitySummary> municipality(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return places.municipality(name).map(this::summary);
	}

	private MunicipalitySummary summary(Places.Municipality municipality) {
		return new MunicipalitySummary(municipality.name(), municipality.province(), places.regionOf(municipality));
	}

	/** All municipalities, by name. */
	public List<MunicipalitySummary> municipalities() {
		return places.municipalities().stream().map(this::summary).toList();
	}

	/** All provinces with their region, by name. */
	public List<ProvinceSummary> provinces() {
		return places.provinces().stream().map(p -> new ProvinceSummary(p.name(), p.regionKey())).toList();
	}

	/**
	 * A part another module adds to the public page of a municipality (for example its signals)
	 * without network depending on that module: the module renders its own template. The page
	 * shows every bean of this type, in {@link #order()}.
	 */
	public interface MunicipalityPageSection {

		int order();

		gg.jte.Content render(nl.alliantie.shared.web.Ui ui, String municipality);
	}

	// Read by the consultations module (regio-overleggen): who is invited, who may represent.

	/** An organisation invited to its regional consultation, with the address its mail goes to. */
	public record Invitee(OrganisationId id, String name, String email) {
	}

	/** A known representative of an organisation. */
	public record KnownRepresentative(String name, String email) {
	}

	/**
	 * The organisations of a region with status aangesloten or op afstand that can be mailed: their
	 * own address, else that of their first representative.
	 */
	public List<Invitee> inviteesOf(String regionKey) {
		return jdbc.sql("""
				select o.id, o.name,
				       coalesce(o.email, (select p.email from network_representative r join network_person p on p.id = r.person_id
				                          where r.organisation_id = o.id and p.email is not null and p.erased_at is null
				                          order by r.since limit 1)) as email
				from network_organisation o
				where o.region_key = :region and o.status in ('AANGESLOTEN', 'OP_AFSTAND')
				order by o.name, o.id
				""")
			.param("region", regionKey)
			.query((rs, row) -> new Invitee(new OrganisationId(rs.getLong(1)), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.filter(invitee -> invitee.email() != null)
			.toList();
	}

	/** The representatives of an organisation with a known address, longest-serving first. */
	public List<KnownRepresentative> representativesOf(OrganisationId organisation) {
		return jdbc.sql("""
				select p.name, p.email from network_representative r join network_person p on p.id = r.person_id
				where r.organisation_id = :id and p.erased_at is null and p.email is not null
				order by r.since, p.id
				""")
			.param("id", organisation.value())
			.query(KnownRepresentative.class)
			.list();
	}

	// Read by the conferences module: the organisation field of the registration form.

	/**
	 * Organisations (not stopped) whose name starts with {@code typed}, or has a word that starts
	 * with a word of it, names that start with it first; at most {@code limit}. Empty for less
	 * than two letters.
	 */
	public List<OrganisationSummary> organisationsMatching(String typed, int limit) {
		String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
		if (text.length() < 2) {
			return List.of();
		}
		String words = java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.map(word -> word + ":*")
			.collect(java.util.stream.Collectors.joining(" & "));
		String prefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				select id, name, municipality, province, region_key, status
				from network_organisation
				where status not in ('GESTOPT', 'AANGEMELD')
				  and (lower(name) like :prefix escape '\\'
				       or (:words <> '' and search @@ to_tsquery('simple', :words)))
				order by lower(name) like :prefix escape '\\' desc, lower(name), id
				limit :limit
				""")
			.param("prefix", prefix)
			.param("words", words)
			.param("limit", limit)
			.query((rs, row) -> new OrganisationSummary(new OrganisationId(rs.getLong(1)), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/** Organisations (not stopped) with exactly this name, regardless of case and extra spaces. */
	public List<OrganisationSummary> organisationsNamed(String name) {
		String text = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, name, municipality, province, region_key, status
				from network_organisation where lower(name) = lower(:name) and status not in ('GESTOPT', 'AANGEMELD')
				order by municipality, id
				""")
			.param("name", text)
			.query((rs, row) -> new OrganisationSummary(new OrganisationId(rs.getLong(1)), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * The person (not erased) with this e-mail address, regardless of case: other modules that keep
	 * a copy of a contact's name and address note whose it is, to forget it on {@link PersonErased}.
	 */
	public Optional<PersonId> personWithEmail(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select id from network_person where lower(email) = lower(:email) and erased_at is null order by id limit 1")
			.param("email", email.trim())
			.query(Long.class)
			.optional()
			.map(PersonId::new);
	}

	// Read by every module that mails a person of the register: the language to write in.

	/**
	 * The language a person of the register reads mail in ({@code Locale.ENGLISH} or Dutch), when
	 * the register has a person (not erased) with this address and knows their language.
	 */
	public Optional<java.util.Locale> languageOf(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(languagesOf(List.of(email)).get(email.trim().toLowerCase(java.util.Locale.ROOT)));
	}

	/**
	 * {@link #languageOf(String)} for many addresses in one query: by address in lower case; an
	 * address without a known language is left out (write to it in Dutch).
	 */
	public java.util.Map<String, java.util.Locale> languagesOf(java.util.Collection<String> emails) {
		List<String> lower = emails.stream()
			.filter(java.util.Objects::nonNull)
			.map(email -> email.trim().toLowerCase(java.util.Locale.ROOT))
			.distinct()
			.toList();
		if (lower.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, java.util.Locale> languages = new java.util.HashMap<>();
		jdbc.sql("""
				select lower(email), language from network_person
				where lower(email) = any(:emails) and language is not null and erased_at is null
				""")
			.param("emails", lower.toArray(String[]::new))
			.query((rs, row) -> languages.put(rs.getString(1),
					"en".equals(rs.getString(2)) ? java.util.Locale.ENGLISH : java.util.Locale.of("nl")))
			.list();
		return languages;
	}

	/** Organisations (not stopped) of a municipality, by name; at most {@code limit}. */
	public List<OrganisationSummary> organisationsIn(String municipality, int limit) {
		return jdbc.sql("""
				select id, name, municipality, province, region_key, status
				from network_organisation where municipality = :municipality and status <> 'GESTOPT'
				order by lower(name), id limit :limit
				""")
			.param("municipality", municipality)
			.param("limit", Math.max(0, Math.min(limit, 100)))
			.query((rs, row) -> new OrganisationSummary(new OrganisationId(rs.getLong(1)), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/** The display name of a region, when the key is known. */
	public Optional<String> regionName(String regionKey) {
		return places.regions().stream().filter(r -> r.key().equals(regionKey)).map(Places.Region::name).findFirst();
	}

	/**
	 * An organisation as the public sees it (its page, the open data API): no address, mail or
	 * phone, no representatives; {@code type} is the type's name, {@code themes} its theme keys.
	 */
	public record PublicOrganisation(OrganisationId id, String name, String type, String municipality, String province,
			String regionKey, String status, java.time.LocalDate memberSince, String website, List<String> themes,
			String activities) {
	}

	/**
	 * The public organisations (not those still "aangemeld") with an id above {@code afterId}, by id,
	 * at most {@code limit}: one query on the primary key (keyset paging for the open data API).
	 */
	public List<PublicOrganisation> publicOrganisationsAfter(long afterId, int limit) {
		return jdbc.sql("""
				select o.id, o.name, t.name, o.municipality, o.province, o.region_key, o.status, o.member_since,
				       o.website, o.themes, o.activities
				from network_organisation o join network_organisation_type t on t.key = o.type_key
				where o.id > :after and o.status <> 'AANGEMELD' order by o.id limit :limit
				""")
			.param("after", afterId)
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, row) -> new PublicOrganisation(new OrganisationId(rs.getLong(1)), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getObject(8, java.time.LocalDate.class), rs.getString(9),
					List.of((String[]) rs.getArray(10).getArray()), rs.getString(11)))
			.list();
	}
}
