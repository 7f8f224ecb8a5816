package org.careslot.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets a feature module add to the one security filter chain (social sign-in, for one) without
 * the platform depending on that module.
 */
@FunctionalInterface
public interface HttpSecurityExtension {

	void configure(HttpSecurity http) throws Exception;
}
