package org.careslot.notifications;

import org.careslot.platform.PublicUrl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

	/** Twilio when an account is configured; otherwise messages go to the SMS log only. */
	@Bean
	SmsSender smsSender(NotificationProperties properties, PublicUrl publicUrl) {
		if (properties.twilio().configured()) {
			return new TwilioSmsSender(properties.twilio(), publicUrl);
		}
		return new LogSmsSender();
	}
}
