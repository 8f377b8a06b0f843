package nl.alliantie.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import nl.alliantie.shared.AlliantieProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

	@Bean
	OutboxStore outboxStore(JdbcClient jdbc, AlliantieProperties properties) {
		String from = properties.mail().from();
		return new OutboxStore(jdbc, from.substring(from.indexOf('@') + 1));
	}

	@Bean
	SmtpDelivery smtpDelivery(JavaMailSenderImpl mailServer, AlliantieProperties properties, OutboxProperties settings) {
		return new SmtpDelivery(mailServer, properties.mail().from(), properties.name(), settings.bounceAddress());
	}

	@Bean
	OutboxSender outboxSender(OutboxStore store, SmtpDelivery smtp, OutboxProperties settings, MeterRegistry meters) {
		return new OutboxSender(store, smtp, settings, meters);
	}

	/** Mails waiting and mails given up on, counted when the metrics are read. */
	@Bean
	MeterBinder outboxGauges(OutboxStore store) {
		return registry -> {
			Gauge.builder("alliantie.mail.outbox", () -> store.count("PENDING"))
				.tag("status", "pending")
				.description("Mails in the outbox that still have to go out")
				.register(registry);
			Gauge.builder("alliantie.mail.outbox", () -> store.count("FAILED"))
				.tag("status", "failed")
				.description("Mails in the outbox that could not be delivered")
				.register(registry);
		};
	}
}
