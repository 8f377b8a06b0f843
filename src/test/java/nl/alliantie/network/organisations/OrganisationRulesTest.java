package nl.alliantie.network.organisations;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.alliantie.network.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationRulesTest {

	static Organisation organisation(OrganisationStatus status) {
		return Organisation.register(new OrganisationDetails("Groep", "vakbond", "Assen", null, null, null, null, null,
				null, null, status, null, List.of()), "Drenthe", "noord");
	}

	@Test
	void anOrganisationHasAtMostTwoRepresentatives() {
		Organisation organisation = organisation(OrganisationStatus.AANGESLOTEN);
		assertThat(organisation.appoint(new PersonId(1))).isTrue();
		assertThat(organisation.appoint(new PersonId(2))).isTrue();
		assertThat(organisation.appoint(new PersonId(1))).isFalse();
		assertThatThrownBy(() -> organisation.appoint(new PersonId(3))).isInstanceOf(TooManyRepresentatives.class);
		organisation.dismiss(new PersonId(1));
		assertThat(organisation.appoint(new PersonId(3))).isTrue();
		assertThat(organisation.representatives()).containsExactly(2L, 3L);
	}

	@Test
	void theRegionFollowsTheProvinceUnlessSetByHand() {
		Organisation organisation = organisation(OrganisationStatus.AANGESLOTEN);
		assertThat(organisation.regionKey()).isEqualTo("noord");
		organisation.describe(new OrganisationDetails("Groep", "vakbond", "Assen", "oost", null, null, null, null, null,
				null, OrganisationStatus.AANGESLOTEN, null, List.of()), "Drenthe", "noord");
		assertThat(organisation.regionKey()).isEqualTo("oost");
	}

	@Test
	void answeringACallChangesTheStatus() {
		Organisation invited = organisation(OrganisationStatus.UITGENODIGD);
		invited.answerCall("JA", java.time.LocalDate.of(2026, 3, 2));
		assertThat(invited.details().status()).isEqualTo(OrganisationStatus.AANGESLOTEN);
		assertThat(invited.details().memberSince()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));

		Organisation member = organisation(OrganisationStatus.AANGESLOTEN);
		member.answerCall("NEE", java.time.LocalDate.of(2026, 3, 2));
		assertThat(member.details().status()).isEqualTo(OrganisationStatus.OP_AFSTAND);

		Organisation later = organisation(OrganisationStatus.UITGENODIGD);
		later.answerCall("LATER", java.time.LocalDate.of(2026, 3, 2));
		assertThat(later.details().status()).isEqualTo(OrganisationStatus.UITGENODIGD);
	}
}
