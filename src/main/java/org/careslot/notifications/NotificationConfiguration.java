package org.careslot.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

	/** Twilio when an account is configured; otherwise messages go to the SMS log only. */
	@Bean
	SmsSender smsSender(NotificationProperties properties,
			@Value("${careslot.payments.public-url:http://localhost:8080}") String publicUrl) {
		if (properties.twilio().configured()) {
			return new TwilioSmsSender(properties.twilio(), publicUrl.replaceAll("/+$", ""));
		}
		return new LogSmsSender();
	}
}
