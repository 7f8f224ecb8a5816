package org.careslot.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class AdminBootstrapTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	private AdminBootstrap bootstrap(String email, String password) {
		var rules = new IdentityProperties.LoginThrottleRules(5, 30, Duration.ofMinutes(15));
		return new AdminBootstrap(identity, new IdentityProperties(new IdentityProperties.Admin(email, password), rules, null));
	}

	@Test
	void createsTheFirstAdministratorOnceFromTheEnvironment() {
		String email = Accounts.email("root");
		bootstrap(email, "a-strong-admin-secret").run(new DefaultApplicationArguments());
		bootstrap(email, "another-password-entirely").run(new DefaultApplicationArguments());

		var login = new ApiClient(port).login(email, "a-strong-admin-secret");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.<String>json("$.role")).isEqualTo("ADMIN");
		assertThat(new ApiClient(port).login(email, "another-password-entirely").status())
			.as("an existing admin is never overwritten").isEqualTo(401);
	}

	@Test
	void refusesToStartWithAWeakAdminPassword() {
		String email = Accounts.email("weak-root");
		assertThatThrownBy(() -> bootstrap(email, "admin").run(new DefaultApplicationArguments()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CARESLOT_ADMIN_PASSWORD");
		assertThat(identity.findByEmail(email)).isEmpty();
	}

	@Test
	void doesNothingWithoutBothVariables() {
		String email = Accounts.email("half");
		bootstrap(email, "").run(new DefaultApplicationArguments());
		assertThat(identity.findByEmail(email)).isEmpty();
	}
}
