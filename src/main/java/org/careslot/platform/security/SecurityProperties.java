package org.careslot.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param absoluteSessionTimeout a session ends this long after sign-in, however active
 * @param allowedOrigins         origins of a separately hosted frontend (CORS off when empty)
 */
@ConfigurationProperties("careslot.security")
record SecurityProperties(Duration absoluteSessionTimeout, List<String> allowedOrigins) {

	SecurityProperties {
		allowedOrigins = allowedOrigins == null ? List.of()
				: allowedOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
