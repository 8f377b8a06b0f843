package nl.alliantie.mail.bounces;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading what lands in the bounce mailbox: RFC 3464 reports, unsubscribe mails, and the rest. */
class DeliveryReportTest {

	@Test
	void aPermanentFailureIsHardAndNamesTheMailByItsReturnPath() throws Exception {
		DeliveryReport report = DeliveryReport.read(DeliveryReports.dsn("<r1@mx.example.org>",
				"bounces+m4711@alliantie.local", "weg@example.org", "failed", "5.1.1",
				"550 5.1.1 <weg@example.org>: Recipient address rejected: User unknown", null));
		assertThat(report.kind()).isEqualTo(DeliveryReport.Kind.BOUNCE);
		assertThat(report.mailId()).isEqualTo(4711L);
		assertThat(report.hard()).isTrue();
		assertThat(report.recipient()).isEqualTo("weg@example.org");
		assertThat(report.reason()).isEqualTo("5.1.1 550 5.1.1 <weg@example.org>: Recipient address rejected: User unknown");
		assertThat(report.reportId()).isEqualTo("<r1@mx.example.org>");
	}

	@Test
	void aTemporaryFailureIsSoftAndWithoutReturnPathTheReturnedMessageIdNamesTheMail() throws Exception {
		DeliveryReport report = DeliveryReport.read(DeliveryReports.dsn("<r2@mx.example.org>", "bounces@alliantie.local",
				"vol@example.org", "failed", "4.2.2", "452 4.2.2 Mailbox full", "<abc@alliantie.local>"));
		assertThat(report.kind()).isEqualTo(DeliveryReport.Kind.BOUNCE);
		assertThat(report.hard()).isFalse();
		assertThat(report.mailId()).isNull();
		assertThat(report.originalMessageId()).isEqualTo("<abc@alliantie.local>");
	}

	@Test
	void aDelayIsNoFailureAndOtherMailIsLeftAlone() throws Exception {
		assertThat(DeliveryReport.read(DeliveryReports.dsn("<r3@mx.example.org>", "bounces+m1@alliantie.local",
				"traag@example.org", "delayed", "4.4.1", "Connection timed out", null)).kind())
			.isEqualTo(DeliveryReport.Kind.NO_FAILURE);
		assertThat(DeliveryReport.read(DeliveryReports.outOfOffice("<r4@example.org>", "bounces+m1@alliantie.local")).kind())
			.isEqualTo(DeliveryReport.Kind.OTHER);
	}

	@Test
	void anUnsubscribeMailCarriesTheTokenOfItsSubject() throws Exception {
		DeliveryReport report = DeliveryReport.read(DeliveryReports.unsubscribe("<r5@example.org>", "lezer@example.org",
				"bounces+afmelden@alliantie.local", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde"));
		assertThat(report.kind()).isEqualTo(DeliveryReport.Kind.UNSUBSCRIBE);
		assertThat(report.token()).isEqualTo("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde");
	}

	@Test
	void aReportWithoutMessageIdIsNamedByItsContentTheSameEachTime() throws Exception {
		var first = DeliveryReports.dsn("<x@mx.example.org>", "bounces+m9@alliantie.local", "weg@example.org", "failed",
				"5.1.1", "550 5.1.1 User unknown", null);
		first.removeHeader("Message-ID");
		var again = DeliveryReports.dsn("<x@mx.example.org>", "bounces+m9@alliantie.local", "weg@example.org", "failed",
				"5.1.1", "550 5.1.1 User unknown", null);
		again.removeHeader("Message-ID");
		var other = DeliveryReports.dsn("<x@mx.example.org>", "bounces+m10@alliantie.local", "weg@example.org", "failed",
				"5.1.1", "550 5.1.1 User unknown", null);
		other.removeHeader("Message-ID");
		assertThat(DeliveryReport.read(first).reportId()).startsWith("sha256:")
			.isEqualTo(DeliveryReport.read(again).reportId())
			.isNotEqualTo(DeliveryReport.read(other).reportId());
	}
}
