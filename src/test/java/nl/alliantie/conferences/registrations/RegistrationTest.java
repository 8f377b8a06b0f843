package nl.alliantie.conferences.registrations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.WorkshopStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationTest {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final Clock OCTOBER_4 = Clock.fixed(Instant.parse("2025-10-04T08:00:00Z"), AMSTERDAM);

	static Registration on(LocalDate day, RegistrationStatus status) {
		return new Registration(1, 2, day, status, WorkshopStatus.PLACED, 3L, 3L, null);
	}

	@Test
	void cancellingFreesTheWorkshopAndEndsTheRegistration() {
		Registration cancelled = on(LocalDate.of(2025, 10, 4), RegistrationStatus.REGISTERED).cancel(OCTOBER_4);
		assertThat(cancelled.cancelled()).isTrue();
		assertThat(cancelled.placedInWorkshop()).isFalse();
	}

	@Test
	void noCancellingAfterTheDayOrTwice() {
		assertThatThrownBy(() -> on(LocalDate.of(2025, 10, 3), RegistrationStatus.REGISTERED).cancel(OCTOBER_4))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.DAY_PASSED));
		assertThatThrownBy(() -> on(LocalDate.of(2025, 11, 1), RegistrationStatus.CANCELLED).cancel(OCTOBER_4))
			.isInstanceOfSatisfying(RegistrationRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.ALREADY_CANCELLED));
	}

	@Test
	void waitingPeopleMayLeaveTheList() {
		assertThat(on(LocalDate.of(2025, 11, 1), RegistrationStatus.WAITING).cancel(OCTOBER_4).cancelled()).isTrue();
	}
}
