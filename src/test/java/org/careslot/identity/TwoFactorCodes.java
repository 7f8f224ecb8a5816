package org.careslot.identity;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/** What an authenticator app does with the secret it was shown: decode base32, make the code. */
final class TwoFactorCodes {

	private TwoFactorCodes() {
	}

	static String at(byte[] secret, Instant time) {
		return Totp.code(secret, Totp.step(time), 6);
	}

	static byte[] decodeBase32(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.toCharArray()) {
			buffer = (buffer << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}
}
