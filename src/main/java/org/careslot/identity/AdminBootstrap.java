package org.careslot.identity;

import org.careslot.platform.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator from CARESLOT_ADMIN_EMAIL and CARESLOT_ADMIN_PASSWORD when
 * that account does not exist yet. An existing account is left untouched.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final IdentityService identity;
	private final IdentityProperties properties;

	AdminBootstrap(IdentityService identity, IdentityProperties properties) {
		this.identity = identity;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		var admin = properties.admin();
		if (admin == null || !StringUtils.hasText(admin.email()) || !StringUtils.hasText(admin.password())) {
			return;
		}
		if (identity.findByEmail(admin.email()).isPresent()) {
			return;
		}
		try {
			identity.createAccount(admin.email(), admin.password(), "Administrator", null, Role.ADMIN);
			log.info("Created the first administrator account {}", IdentityService.normalizeEmail(admin.email()));
		}
		catch (ApiException ex) {
			if (ex.status() == HttpStatus.CONFLICT) {
				return; // another node created it a moment ago
			}
			// Most likely a password the policy refuses: say so and stop rather than run without an admin.
			throw new IllegalStateException("CARESLOT_ADMIN_EMAIL/CARESLOT_ADMIN_PASSWORD refused: " + ex.getMessage(), ex);
		}
	}
}
