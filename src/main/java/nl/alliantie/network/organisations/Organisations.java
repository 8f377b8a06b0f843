package nl.alliantie.network.organisations;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.Audit;
import nl.alliantie.network.people.People;
import nl.alliantie.network.places.Places;

/** Use cases on organisations: load, call the aggregate, save, publish. */
@Service
public class Organisations {

	private final OrganisationStore store;

	private final Places places;

	private final People people;

	private final Accounts accounts;

	private final Audit audit;

	private final java.time.Clock clock;

	Organisations(OrganisationStore store, Places places, People people, Accounts accounts, Audit audit, java.time.Clock clock) {
		this.clock = clock;
		this.store = store;
		this.places = places;
		this.people = people;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** Adds an organisation; throws DuplicateKeyException when the name exists in that municipality. */
	@Transactional
	public OrganisationId register(OrganisationDetails details) {
		var municipality = places.municipality(details.municipality()).orElseThrow();
		Organisation organisation = Organisation.register(withMunicipality(details, municipality.name()),
				municipality.province(), places.regionOf(municipality));
		long id = store.insert(organisation);
		return new OrganisationId(id);
	}

	@Transactional
	public void describe(OrganisationId id, OrganisationDetails details) {
		Organisation organisation = load(id);
		var municipality = places.municipality(details.municipality()).orElseThrow();
		organisation.describe(withMunicipality(details, municipality.name()), municipality.province(),
				places.regionOf(municipality));
		store.update(organisation);
	}

	/**
	 * Names a representative (found or created by e-mail address) and gives their account the role;
	 * throws {@link TooManyRepresentatives} for a third.
	 */
	@Transactional
	public PersonId appoint(OrganisationId id, String name, String email, String actor) {
		Organisation organisation = load(id);
		PersonId person = people.findOrCreate(name, email, null, actor);
		if (organisation.appoint(person)) {
			store.update(organisation);
			audit.record(person.value(), "vertegenwoordiger van " + id.value(), "toegevoegd", actor);
			people.ensureAccount(person)
				.ifPresent(account -> accounts.grant(account, new Grant(Role.VERTEGENWOORDIGER, Long.toString(id.value()))));
		}
		return person;
	}

	@Transactional
	public void dismiss(OrganisationId id, PersonId person, String actor) {
		Organisation organisation = load(id);
		if (organisation.dismiss(person)) {
			store.update(organisation);
			audit.record(person.value(), "vertegenwoordiger van " + id.value(), "verwijderd", actor);
			people.find(person.value())
				.map(p -> p.email())
				.flatMap(accounts::findByEmail)
				.ifPresent(account -> accounts.revoke(account, new Grant(Role.VERTEGENWOORDIGER, Long.toString(id.value()))));
		}
	}

	/**
	 * The representatives become exactly the named people (one or two), as a reply to a call says;
	 * those no longer named are dismissed first, so the rule of two holds throughout. A named person
	 * whose language is not known yet takes that of the reply's page ({@code locale}).
	 */
	@Transactional
	public java.util.List<PersonId> replaceRepresentatives(OrganisationId id, java.util.List<String[]> namesAndEmails,
			String actor, java.util.Locale locale) {
		java.util.List<PersonId> named = new java.util.ArrayList<>();
		for (String[] nameAndEmail : namesAndEmails) {
			named.add(people.findOrCreate(nameAndEmail[0], nameAndEmail[1], null, actor, locale));
		}
		Organisation organisation = load(id);
		java.util.List<Long> before = java.util.List.copyOf(organisation.representatives());
		for (Long current : before) {
			if (!named.contains(new PersonId(current))) {
				dismiss(id, new PersonId(current), actor);
			}
		}
		for (int i = 0; i < namesAndEmails.size(); i++) {
			appoint(id, namesAndEmails.get(i)[0], namesAndEmails.get(i)[1], actor);
		}
		// a representative named here for the first time and without a password gets the mail with
		// the link to set one (else the account waits, "uitgenodigd", until they find "wachtwoord vergeten")
		for (int i = 0; i < named.size(); i++) {
			PersonId person = named.get(i);
			String[] nameAndEmail = namesAndEmails.get(i);
			if (!before.contains(person.value())
					&& accounts.findByEmail(nameAndEmail[1]).map(account -> !accounts.hasPassword(account)).orElse(false)) {
				accounts.invite(nameAndEmail[1], nameAndEmail[0],
						new Grant(Role.VERTEGENWOORDIGER, Long.toString(id.value())), locale);
			}
		}
		return named;
	}

	/** The organisation with this name in this municipality, if there is one. */
	public Optional<OrganisationId> findByName(String name, String municipality) {
		return store.findByName(name, municipality).map(OrganisationId::new);
	}

	/** Applies a reply to a call: the status follows the answer. */
	@Transactional
	public void answerCall(OrganisationId id, String answer) {
		Organisation organisation = load(id);
		organisation.answerCall(answer, java.time.LocalDate.now(clock));
		store.update(organisation);
	}

	/** The secretariat accepts a sign-up from the call to join; returns whether it was one. */
	@Transactional
	public boolean accept(OrganisationId id, String actor) {
		Organisation organisation = load(id);
		if (!organisation.accept(java.time.LocalDate.now(clock))) {
			return false;
		}
		store.update(organisation);
		return true;
	}

	public Optional<Organisation> find(OrganisationId id) {
		return store.lock(id.value());
	}

	private Organisation load(OrganisationId id) {
		return store.lock(id.value()).orElseThrow(() -> new UnknownOrganisation(id));
	}

	private static OrganisationDetails withMunicipality(OrganisationDetails d, String municipality) {
		return new OrganisationDetails(d.name().trim(), d.typeKey(), municipality, d.regionOverride(), d.address(),
				d.postcode(), d.website(), d.email(), d.phone(), d.activities(), d.status(), d.memberSince(),
				d.themes());
	}

	/** No organisation with this id. */
	public static class UnknownOrganisation extends RuntimeException {

		public UnknownOrganisation(OrganisationId id) {
			super("No organisation " + id.value());
		}
	}
}
