package org.careslot.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careslot.platform.ApiException;
import org.careslot.platform.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo clinic's accounts. They share one published password, so they exist only in demo mode:
 * created flagged as demo, and switched off (sessions ended) whenever CareSlot starts outside it.
 */
@Service
public class DemoAccounts {

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batch;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final java.time.Clock clock;

	DemoAccounts(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, PasswordEncoder encoder,
			PasswordPolicy policy, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.encoder = encoder;
		this.policy = policy;
		this.clock = clock;
	}

	/** @param phone E.164 or null */
	public record NewDemoAccount(String email, String fullName, String phone, Role role) {
	}

	/** Creates the accounts with the password hashed once (hashing is slow on purpose; a demo starts fast). */
	@Transactional
	public List<UUID> create(List<NewDemoAccount> accounts, String password) {
		policy.problem(password, "").ifPresent(problem -> {
			throw ApiException.invalid("password", problem);
		});
		String hash = encoder.encode(password);
		List<UUID> ids = new ArrayList<>();
		var now = SqlTime.utc(clock.instant());
		List<Object[]> rows = new ArrayList<>();
		for (NewDemoAccount account : accounts) {
			UUID id = UUID.randomUUID();
			rows.add(new Object[] { id, IdentityService.normalizeEmail(account.email()), hash, account.fullName(), account.phone(),
					account.phone() == null ? null : now, account.role().name(), now, now });
			ids.add(id);
		}
		batch.batchUpdate("""
				INSERT INTO users (id, email, password_hash, full_name, phone, phone_verified_at, role, enabled, language,
				  created_at, updated_at, demo)
				VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 'en', ?, ?, TRUE)
				""", rows);
		return ids;
	}

	/** Outside demo mode: no demo account may sign in, and none stays signed in. @return how many were on */
	@Transactional
	public int switchOff() {
		List<String> emails = jdbc.sql("UPDATE users SET enabled = FALSE, updated_at = :now WHERE demo AND enabled RETURNING email")
			.param("now", SqlTime.utc(clock.instant()))
			.query(String.class)
			.list();
		if (!emails.isEmpty()) {
			jdbc.sql("DELETE FROM spring_session WHERE principal_name IN (:emails)").param("emails", emails).update();
		}
		return emails.size();
	}

	@Transactional(readOnly = true)
	public boolean exist() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE demo)").query(Boolean.class).single();
	}
}
