package org.careslot.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** Every time decision goes through this bean so tests can pin and move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PublicUrl publicUrl(Environment env) {
		return new PublicUrl(env.getProperty("careslot.public-url", "http://localhost:8080"));
	}

	@Bean
	DatabaseMode databaseMode(Environment env) {
		boolean external = StringUtils.hasText(env.getProperty("spring.datasource.url"))
				|| StringUtils.hasText(env.getProperty("DATABASE_URL"));
		return new DatabaseMode(!external);
	}
}
