package nl.alliantie.network.organisations;

import java.util.ArrayList;
import java.util.List;

import nl.alliantie.network.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A member organisation and its representatives. The rules live here: at most two representatives,
 * the region follows the province unless set by hand, and what an answer to a call does to the
 * status.
 */
public class Organisation {

	public static final int MAX_REPRESENTATIVES = 2;

	private final @Nullable Long id;

	private OrganisationDetails details;

	private @Nullable String province;

	private @Nullable String regionKey;

	private final List<Long> representatives;

	Organisation(@Nullable Long id, OrganisationDetails details, @Nullable String province, @Nullable String regionKey, List<Long> representatives) {
		this.id = id;
		this.details = details;
		this.province = province;
		this.regionKey = regionKey;
		this.representatives = new ArrayList<>(representatives);
	}

	static Organisation register(OrganisationDetails details, String province, String provinceRegion) {
		Organisation organisation = new Organisation(null, details, null, null, List.of());
		organisation.describe(details, province, provinceRegion);
		return organisation;
	}

	/** New details; the region is the override when given, else that of the province. */
	void describe(OrganisationDetails newDetails, String newProvince, String provinceRegion) {
		this.details = newDetails;
		this.province = newProvince;
		this.regionKey = newDetails.regionOverride() != null ? newDetails.regionOverride() : provinceRegion;
	}

	/** Adds a representative; refuses a third. Naming a person who already represents is a no-op. */
	boolean appoint(PersonId person) {
		if (representatives.contains(person.value())) {
			return false;
		}
		if (representatives.size() >= MAX_REPRESENTATIVES) {
			throw new TooManyRepresentatives();
		}
		representatives.add(person.value());
		return true;
	}

	boolean dismiss(PersonId person) {
		return representatives.remove(person.value());
	}

	/**
	 * The answer to a call to join: yes makes it a member; no turns a member into one at a distance
	 * and stops an invitation; later leaves the status as it is.
	 */
	void answerCall(String answer, java.time.LocalDate today) {
		OrganisationStatus status = details.status();
		OrganisationStatus next = switch (answer) {
			// a sign-up becomes a member only when the secretariat accepts it
			case "JA" -> status == OrganisationStatus.AANGEMELD ? status : OrganisationStatus.AANGESLOTEN;
			case "NEE" -> status == OrganisationStatus.AANGESLOTEN ? OrganisationStatus.OP_AFSTAND
					: status == OrganisationStatus.UITGENODIGD || status == OrganisationStatus.AANGEMELD
							? OrganisationStatus.GESTOPT : status;
			default -> status;
		};
		java.time.LocalDate since = details.memberSince();
		if (next == OrganisationStatus.AANGESLOTEN && since == null) {
			since = today;
		}
		details = new OrganisationDetails(details.name(), details.typeKey(), details.municipality(),
				details.regionOverride(), details.address(), details.postcode(), details.website(), details.email(),
				details.phone(), details.activities(), next, since, details.themes());
	}

	/**
	 * The secretariat accepts a sign-up: it becomes a member from today. Returns false (and changes
	 * nothing) for an organisation that is not signed up, so a second click does no harm.
	 */
	boolean accept(java.time.LocalDate today) {
		if (details.status() != OrganisationStatus.AANGEMELD) {
			return false;
		}
		details = new OrganisationDetails(details.name(), details.typeKey(), details.municipality(),
				details.regionOverride(), details.address(), details.postcode(), details.website(), details.email(),
				details.phone(), details.activities(), OrganisationStatus.AANGESLOTEN,
				details.memberSince() == null ? today : details.memberSince(), details.themes());
		return true;
	}

	public @Nullable Long id() {
		return id;
	}

	public OrganisationDetails details() {
		return details;
	}

	public @Nullable String province() {
		return province;
	}

	public @Nullable String regionKey() {
		return regionKey;
	}

	public List<Long> representatives() {
		return List.copyOf(representatives);
	}
}
