package org.careslot.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * @param admin         the first administrator, created at start when both values are set
 * @param loginThrottle failed sign-ins allowed per account and per client address in a window
 * @param requireMfa    doctors and admins must use two-factor sign-in; null = on unless the database is embedded
 */
@ConfigurationProperties("careslot")
record IdentityProperties(Admin admin, @Name("security.login-throttle") LoginThrottleRules loginThrottle,
		@Name("security.require-mfa") Boolean requireMfa) {

	record Admin(String email, String password) {
	}

	record LoginThrottleRules(int accountFailures, int ipFailures, Duration window) {
	}
}
