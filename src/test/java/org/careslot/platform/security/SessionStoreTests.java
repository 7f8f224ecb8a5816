package org.careslot.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class SessionStoreTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBusySessionIsWrittenAtMostOnceAMinuteAndStillKeepsTrackOfActivity() {
		String email = Accounts.email("session-writes");
		ApiClient api = new ApiClient(port);
		api.register(email, Accounts.PASSWORD, "Busy Patient");
		long signedIn = lastAccess(email);

		for (int i = 0; i < 3; i++) {
			assertThat(api.get("/api/me").status()).isEqualTo(200);
		}
		assertThat(lastAccess(email)).as("no write for requests within the minute").isEqualTo(signedIn);

		// as if the last write had been two minutes ago: the next request records the activity
		jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 120000 WHERE principal_name = :email")
			.param("email", email)
			.update();
		assertThat(api.get("/api/me").status()).isEqualTo(200);
		assertThat(lastAccess(email)).isGreaterThanOrEqualTo(signedIn);
	}

	@Test
	void signingOutStillEndsTheSessionInTheStore() {
		String email = Accounts.email("session-logout");
		ApiClient api = new ApiClient(port);
		api.register(email, Accounts.PASSWORD, "Leaving Patient");
		assertThat(sessions(email)).isEqualTo(1);

		api.post("/api/auth/logout", null);

		assertThat(sessions(email)).isZero();
		assertThat(api.get("/api/me").status()).isEqualTo(401);
	}

	private long lastAccess(String email) {
		return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private long sessions(String email) {
		return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}
}
