package org.careslot.appointments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.careslot.platform.ApiException;
import org.careslot.platform.SqlTime;
import org.careslot.platform.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Idempotency-Key on booking: the same key and body give the same appointment, another body a 422. */
@Component
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a key for a booking about to be made. A concurrent claim of the same key waits on the
	 * primary key until the first transaction ends, then sees its row.
	 * @return empty when the key is new (go on and book {@code appointmentId}); else the appointment
	 *         the key booked before
	 */
	Optional<UUID> claim(UUID userId, String key, Booking booking, UUID appointmentId, Instant now) {
		String requestHash = hash(booking);
		int claimed = jdbc.sql("""
				INSERT INTO appointment_idempotency_keys (user_id, idempotency_key, request_hash, appointment_id, created_at)
				VALUES (:user, :key, :hash, :appointment, :now) ON CONFLICT DO NOTHING
				""")
			.param("user", userId)
			.param("key", key)
			.param("hash", requestHash)
			.param("appointment", appointmentId)
			.param("now", SqlTime.utc(now))
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		record Previous(String hash, UUID appointmentId) {
		}
		Previous previous = jdbc.sql("""
				SELECT request_hash, appointment_id FROM appointment_idempotency_keys WHERE user_id = :user AND idempotency_key = :key
				""")
			.param("user", userId)
			.param("key", key)
			.query((rs, n) -> new Previous(rs.getString(1), rs.getObject(2, UUID.class)))
			.single();
		if (!previous.hash().equals(requestHash)) {
			throw ApiException.unprocessable(Text.of("booking.idempotencyKeyReused"));
		}
		return Optional.of(previous.appointmentId());
	}

	private static String hash(Booking booking) {
		String canonical = booking.doctorId() + "|" + booking.start() + "|" + (booking.reason() == null ? "" : booking.reason())
				+ "|" + booking.visitTypeOrDefault() + "|" + booking.patientId();
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
