package org.careslot.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.careslot.platform.ApiException;
import org.careslot.platform.RateLimits;
import org.careslot.platform.SqlTime;
import org.careslot.platform.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof that a phone number belongs to the account: a six-digit code texted to it, valid ten
 * minutes, five tries. Codes are limited per account and per number, so the code text itself
 * cannot be used to pump messages to someone else's phone.
 */
@Service
public class PhoneVerification {

	static final Duration VALID_FOR = Duration.ofMinutes(10);
	static final int MAX_ATTEMPTS = 5;

	private final UserRepository users;
	private final JdbcClient jdbc;
	private final RateLimits limits;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	PhoneVerification(UserRepository users, JdbcClient jdbc, RateLimits limits, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	/** Texts a new code to the account's unproved number; 409 without one, 429 when asked too often. */
	@Transactional
	public void sendCode(UUID userId) {
		User user = users.findById(userId).orElseThrow(() -> ApiException.notFound(Text.of("notFound.account")));
		if (user.phone() == null) {
			throw ApiException.conflict(Text.of("phone.missing"));
		}
		if (user.phoneVerified()) {
			throw ApiException.conflict(Text.of("phone.alreadyConfirmed"));
		}
		limits.spend("phone-code-per-account", userId.toString(), Text.of("tooMany.codes"));
		limits.spend("phone-code-per-number", user.phone(), Text.of("tooMany.codesToNumber"));
		String code = String.format("%06d", random.nextInt(1_000_000));
		jdbc.sql("""
				INSERT INTO phone_verifications (user_id, phone, code_hash, expires_at, attempts) VALUES (:user, :phone, :hash, :expires, 0)
				ON CONFLICT (user_id) DO UPDATE SET phone = excluded.phone, code_hash = excluded.code_hash,
				  expires_at = excluded.expires_at, attempts = 0
				""")
			.param("user", userId)
			.param("phone", user.phone())
			.param("hash", hash(userId, code))
			.param("expires", SqlTime.utc(clock.instant().plus(VALID_FOR)))
			.update();
		events.publishEvent(new PhoneCodeIssued(userId, user.phone(), code, user.language()));
	}

	/** Checks the code; 400 naming {@code code} when it is wrong, expired or tried too often. */
	@Transactional(noRollbackFor = ApiException.class)
	public void verify(UUID userId, String code) {
		User user = users.findById(userId).orElseThrow(() -> ApiException.notFound(Text.of("notFound.account")));
		record Pending(String phone, String hash, Instant expires, int attempts) {
		}
		Pending pending = jdbc.sql("SELECT phone, code_hash, expires_at, attempts FROM phone_verifications WHERE user_id = :user FOR UPDATE")
			.param("user", userId)
			.query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), SqlTime.instant(rs, "expires_at"), rs.getInt(4)))
			.optional()
			.filter(p -> p.phone().equals(user.phone()))
			.orElseThrow(() -> ApiException.invalid("code", Text.of("phone.code.askFirst")));
		if (pending.attempts() >= MAX_ATTEMPTS || !clock.instant().isBefore(pending.expires())) {
			throw ApiException.invalid("code", Text.of("phone.code.expired"));
		}
		if (code == null || !MessageDigest.isEqual(hash(userId, code.strip()).getBytes(StandardCharsets.US_ASCII),
				pending.hash().getBytes(StandardCharsets.US_ASCII))) {
			jdbc.sql("UPDATE phone_verifications SET attempts = attempts + 1 WHERE user_id = :user").param("user", userId).update();
			throw ApiException.invalid("code", Text.of("phone.code.wrong"));
		}
		jdbc.sql("DELETE FROM phone_verifications WHERE user_id = :user").param("user", userId).update();
		user.phoneVerified(clock.instant());
		users.update(user);
		events.publishEvent(new PhoneVerified(userId));
	}

	private static String hash(UUID userId, String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest((userId + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
