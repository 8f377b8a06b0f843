package nl.alliantie.mail.bounces;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.mail.catcher.MailCatcher;

/**
 * The bounce reader and its round every {@code every}: the IMAP mailbox of {@code alliantie.bounce.imap.host},
 * or without one the in-app mail catcher, when it runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BounceMailboxProperties.class)
class BounceMailboxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BounceMailboxConfiguration.class);

	@Bean
	BounceReader bounceReader(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
		return new BounceReader(jdbc, transactions, events);
	}

	@Bean
	SchedulingConfigurer bounceMailboxRounds(BounceReader reader, BounceMailboxProperties settings,
			ObjectProvider<MailCatcher> catcher) {
		return registrar -> {
			if (!settings.configured()) {
				// no bounce mailbox: the in-app catcher, when it runs, receives the reports
				catcher.ifAvailable(caught -> registrar.addFixedDelayTask(() -> {
					try {
						reader.readCaught(caught);
					}
					catch (RuntimeException failed) {
						log.warn("Reports in the mail catcher not read: {}", failed.getMessage());
					}
				}, settings.every()));
				return;
			}
			BounceReader.Mailbox mailbox = new BounceReader.Mailbox(settings.host(), settings.port(), settings.username(),
					settings.password(), settings.security(), settings.folder());
			registrar.addFixedDelayTask(() -> {
				try {
					reader.read(mailbox, settings.batch());
				}
				catch (jakarta.mail.MessagingException | RuntimeException failed) {
					// the next round tries again; the reports wait in the mailbox
					log.warn("Bounce mailbox {}@{} not read: {}", settings.username(), settings.host(), failed.getMessage());
				}
			}, settings.every());
		};
	}
}
