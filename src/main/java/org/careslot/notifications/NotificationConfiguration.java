package org.careslot.notifications;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

	/** Without a provider configured, messages go to the SMS log only. */
	@Bean
	SmsSender smsSender() {
		return new LogSmsSender();
	}
}
