package org.careslot.identity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.careslot.platform.SqlTime.utc;

import java.net.URLEncoder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.careslot.platform.ApiException;
import org.careslot.platform.DatabaseMode;
import org.careslot.platform.FieldEncryption;
import org.careslot.platform.FieldEncryption.Sealed;
import org.careslot.platform.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factor: a TOTP secret per account (sealed at rest) and ten single-use recovery codes
 * (only their hashes are kept). Every check that accepts something also consumes it in the same
 * UPDATE, so two nodes racing with one code cannot both win.
 */
@Service
class TwoFactorService {

	static final int RECOVERY_CODES = 10;
	private static final String ISSUER = "CareSlot";

	record Enrolment(String secret, String otpauthUri) {
	}

	private record Secret(byte[] key, boolean enabled, long lastUsedStep) {
	}

	private final JdbcClient jdbc;
	private final FieldEncryption encryption;
	private final Clock clock;
	private final boolean requiredForStaff;
	private final SecureRandom random = new SecureRandom();

	TwoFactorService(JdbcClient jdbc, FieldEncryption encryption, Clock clock, IdentityProperties properties,
			DatabaseMode database) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.clock = clock;
		// unset: required on a real installation, optional on the embedded demo
		this.requiredForStaff = properties.requireMfa() != null ? properties.requireMfa() : !database.embedded();
	}

	/** Doctors and admins read other people's clinical data, so they must use a second factor. */
	boolean required(Role role) {
		return requiredForStaff && role != Role.PATIENT;
	}

	@Transactional(readOnly = true)
	boolean enabled(UUID userId) {
		// asked at every sign-in: no need to open the sealed secret for a yes or no
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM two_factor WHERE user_id = :id AND enabled_at IS NOT NULL)")
			.param("id", userId)
			.query(Boolean.class)
			.single();
	}

	/** A fresh secret that waits for its first code; starting again replaces an unconfirmed one. */
	@Transactional
	Enrolment start(UUID userId, String email) {
		byte[] key = new byte[20]; // 160 bits, the HMAC-SHA1 block RFC 4226 recommends
		random.nextBytes(key);
		Sealed sealed = encryption.seal(key, context(userId));
		int changed = jdbc.sql("""
				INSERT INTO two_factor (user_id, secret, secret_key_id, created_at) VALUES (:id, :secret, :keyId, :now)
				ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, secret_key_id = EXCLUDED.secret_key_id,
				  created_at = EXCLUDED.created_at, last_used_step = NULL
				WHERE two_factor.enabled_at IS NULL""")
			.param("id", userId)
			.param("secret", sealed.data())
			.param("keyId", sealed.keyId())
			.param("now", utc(clock.instant()))
			.update();
		if (changed == 0) {
			throw ApiException.conflict(Text.of("twoFactor.alreadyOn"));
		}
		String secret = Totp.base32(key);
		String label = URLEncoder.encode(ISSUER + ":" + email, UTF_8).replace("+", "%20");
		return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
	}

	/** Turns the second factor on when the code is right; the recovery codes are returned only here. */
	@Transactional
	Optional<List<String>> activate(UUID userId, String code) {
		Secret secret = secret(userId).orElseThrow(() -> ApiException.conflict(Text.of("twoFactor.notStarted")));
		if (secret.enabled()) {
			throw ApiException.conflict(Text.of("twoFactor.alreadyOn"));
		}
		OptionalLong step = Totp.match(secret.key(), digits(code), clock.instant(), secret.lastUsedStep());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		int changed = jdbc.sql("""
				UPDATE two_factor SET enabled_at = :now, last_used_step = :step
				WHERE user_id = :id AND enabled_at IS NULL""")
			.param("now", utc(clock.instant()))
			.param("step", step.getAsLong())
			.param("id", userId)
			.update();
		if (changed == 0) {
			throw ApiException.conflict(Text.of("twoFactor.alreadyOn"));
		}
		return Optional.of(newRecoveryCodes(userId));
	}

	/** True, and the code's time step used up, when the code is right and newer than the last one accepted. */
	@Transactional
	boolean verifyCode(UUID userId, String code) {
		Optional<Secret> secret = secret(userId).filter(Secret::enabled);
		if (secret.isEmpty()) {
			return false;
		}
		OptionalLong step = Totp.match(secret.get().key(), digits(code), clock.instant(), secret.get().lastUsedStep());
		// the condition is checked again under the row lock: a concurrent request with the same code loses
		return step.isPresent() && jdbc.sql("""
				UPDATE two_factor SET last_used_step = :step
				WHERE user_id = :id AND enabled_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < :step)""")
			.param("step", step.getAsLong())
			.param("id", userId)
			.update() == 1;
	}

	/** True, and the code spent, when it is one of the account's unused recovery codes. */
	@Transactional
	boolean useRecoveryCode(UUID userId, String code) {
		if (code == null || code.isBlank()) {
			return false;
		}
		return jdbc.sql("""
				UPDATE recovery_codes SET used_at = :now
				WHERE user_id = :id AND code_hash = :hash AND used_at IS NULL""")
			.param("now", utc(clock.instant()))
			.param("id", userId)
			.param("hash", hash(normalizeRecoveryCode(code)))
			.update() == 1;
	}

	/** New recovery codes for an account whose second factor is on; the old ones stop working. */
	@Transactional
	List<String> replaceRecoveryCodes(UUID userId) {
		return newRecoveryCodes(userId);
	}

	@Transactional(readOnly = true)
	int recoveryCodesLeft(UUID userId) {
		return jdbc.sql("SELECT count(*) FROM recovery_codes WHERE user_id = :id AND used_at IS NULL")
			.param("id", userId)
			.query(Integer.class)
			.single();
	}

	/** Removes the secret and, by cascade, the recovery codes. @return whether there was one */
	@Transactional
	boolean disable(UUID userId) {
		return jdbc.sql("DELETE FROM two_factor WHERE user_id = :id").param("id", userId).update() == 1;
	}

	private List<String> newRecoveryCodes(UUID userId) {
		jdbc.sql("DELETE FROM recovery_codes WHERE user_id = :id").param("id", userId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			byte[] bytes = new byte[10];
			random.nextBytes(bytes);
			// 80 random bits = 16 base32 characters, shown as xxxx-xxxx-xxxx-xxxx
			String raw = Totp.base32(bytes).toLowerCase(Locale.ROOT);
			codes.add(String.join("-", raw.substring(0, 4), raw.substring(4, 8), raw.substring(8, 12), raw.substring(12)));
			jdbc.sql("INSERT INTO recovery_codes (user_id, code_hash) VALUES (:id, :hash)")
				.param("id", userId)
				.param("hash", hash(raw))
				.update();
		}
		return codes;
	}

	private Optional<Secret> secret(UUID userId) {
		return jdbc.sql("SELECT secret, secret_key_id, enabled_at IS NOT NULL AS enabled, last_used_step FROM two_factor WHERE user_id = :id")
			.param("id", userId)
			.query((rs, n) -> {
				long last = rs.getLong("last_used_step");
				if (rs.wasNull()) {
					last = Long.MIN_VALUE;
				}
				Sealed sealed = new Sealed(rs.getString("secret_key_id"), rs.getBytes("secret"));
				return new Secret(encryption.open(sealed, context(userId)), rs.getBoolean("enabled"), last);
			})
			.optional();
	}

	/** People type codes with spaces ("123 456") or copy recovery codes with their dash. */
	private static String digits(String code) {
		return code == null ? null : code.replaceAll("\\s", "");
	}

	private static String normalizeRecoveryCode(String code) {
		return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String context(UUID userId) {
		return "two_factor:" + userId;
	}

	/** Recovery codes carry 80 random bits, so a fast hash is enough: guessing one offline is hopeless. */
	private static byte[] hash(String code) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(code.getBytes(UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
