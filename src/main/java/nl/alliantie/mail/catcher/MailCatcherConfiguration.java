package nl.alliantie.mail.catcher;

import java.util.Properties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

import nl.alliantie.shared.AlliantieProperties;

/** Without {@code spring.mail.host}, mail goes to an SMTP server inside the application. */
@Configuration(proxyBeanMethods = false)
@Conditional(MailCatcherConfiguration.NoMailHost.class)
class MailCatcherConfiguration {

	@Bean(destroyMethod = "stop")
	MailCatcher mailCatcher(AlliantieProperties properties) {
		MailCatcher catcher = new MailCatcher(properties.mail().catcherPort());
		catcher.start();
		return catcher;
	}

	@Bean
	JavaMailSenderImpl mailSender(MailCatcher catcher) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(catcher.port());
		sender.setDefaultEncoding("UTF-8");
		Properties javaMail = new Properties();
		javaMail.setProperty("mail.smtp.connectiontimeout", "5000");
		javaMail.setProperty("mail.smtp.timeout", "10000");
		sender.setJavaMailProperties(javaMail);
		return sender;
	}

	static class NoMailHost implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
		}
	}
}
