package org.careslot.identity;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA1, 30-second
 * steps, 6 digits. Pure functions; the caller supplies the time and remembers used steps.
 */
final class Totp {

	static final int STEP_SECONDS = 30;
	static final int DIGITS = 6;
	/** Steps either side of now that still count, for phones whose clock is a little off. */
	static final int DRIFT_STEPS = 1;

	private Totp() {
	}

	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for one time step (RFC 4226 dynamic truncation). */
	static String code(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int modulo = (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", binary % modulo);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The step the code belongs to, if it is within the drift window around {@code now} and later
	 * than {@code lastUsedStep}: a code once accepted never works again.
	 */
	static OptionalLong match(byte[] key, String code, Instant now, long lastUsedStep) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
			if (s > lastUsedStep && MessageDigest.isEqual(code(key, s, DIGITS).getBytes(US_ASCII), code.getBytes(US_ASCII))) {
				return OptionalLong.of(s);
			}
		}
		return OptionalLong.empty();
	}

	private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	/** RFC 4648 base32 without padding, the form authenticator apps expect in otpauth URIs. */
	static String base32(byte[] data) {
		StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32[(buffer >> (bits - 5)) & 0x1f]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32[(buffer << (5 - bits)) & 0x1f]);
		}
		return out.toString();
	}
}
