package nl.alliantie.conferences.registrations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationTest {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final Clock OCTOBER_4 = Clock.fixed(Instant.parse("2025-10-04T08:00:00Z"), AMSTERDAM);

	static Registration on(LocalDate day, String status) {
		return new Registration(1, 2, day, status, "placed", 3L, 3L, null);
	}

	@Test
	void cancellingFreesTheWorkshopAndEndsTheRegistration() {
		Registration cancelled = on(LocalDate.of(2025, 10, 4), "registered").cancel(OCTOBER_4);
		assertThat(cancelled.cancelled()).isTrue();
		assertThat(cancelled.placedInWorkshop()).isFalse();
	}

	@Test
	void noCancellingAfterTheDayOrTwice() {
		assertThatThrownBy(() -> on(LocalDate.of(2025, 10, 3), "registered").cancel(OCTOBER_4))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.DAY_PASSED));
		assertThatThrownBy(() -> on(LocalDate.of(2025, 11, 1), "cancelled").cancel(OCTOBER_4))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.ALREADY_CANCELLED));
	}

	@Test
	void waitingPeopleMayLeaveTheList() {
		assertThat(on(LocalDate.of(2025, 11, 1), "waiting").cancel(OCTOBER_4).cancelled()).isTrue();
	}
}
