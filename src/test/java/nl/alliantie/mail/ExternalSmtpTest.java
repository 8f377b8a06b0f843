package nl.alliantie.mail;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With SPRING_MAIL_HOST set, mail goes to that server and no catcher runs inside the app. */
class ExternalSmtpTest {

	@Test
	void mailGoesToTheConfiguredServer() throws Exception {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		try (var app = new org.springframework.boot.builder.SpringApplicationBuilder(nl.alliantie.AlliantieApplication.class)
			.run("--server.port=0", "--alliantie.demo-data=false", "--spring.main.banner-mode=off",
					"--logging.level.root=warn", "--alliantie.embedded-database.fsync=false",
					"--alliantie.data-dir=target/test-data/" + java.util.UUID.randomUUID(),
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + server.getSmtp().getPort())) {
			assertThat(app.getBeanNamesForType(MailCatcher.class)).isEmpty();
			app.getBean(org.springframework.transaction.support.TransactionTemplate.class)
				.executeWithoutResult(status -> app.getBean(Outbox.class)
					.queue(new MailKey("proef", "1", "iemand@example.org"),
							new MailMessage("iemand@example.org", "Proef", "Een proefbericht")));
			await().atMost(Duration.ofSeconds(10)).until(() -> server.getReceivedMessages().length == 1);
			assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo("Proef");
		}
		finally {
			server.stop();
		}
	}
}
