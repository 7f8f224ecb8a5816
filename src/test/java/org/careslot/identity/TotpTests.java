package org.careslot.identity;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(US_ASCII);

	/** RFC 6238 Appendix B, the SHA-1 rows (8 digits). */
	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238TestVectors(long unixSeconds, String expected) {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(unixSeconds)), 8)).isEqualTo(expected);
	}

	@Test
	void sixDigitCodesAreTheLastSixOfTheRfcValues() {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)), 6)).isEqualTo("081804");
	}

	@Test
	void acceptsOneStepOfDriftEitherSideButNotTwo() {
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		long step = Totp.step(now);
		for (long drift = -1; drift <= 1; drift++) {
			assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + drift, 6), now, Long.MIN_VALUE))
				.as("drift %d", drift).hasValue(step + drift);
		}
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 2, 6), now, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void aStepAtOrBeforeTheLastUsedOneNeverMatches() {
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		long step = Totp.step(now);
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step, 6), now, step)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1, 6), now, step - 1)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1, 6), now, step)).hasValue(step + 1);
	}

	@Test
	void refusesAnythingButSixDigits() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.match(RFC_SECRET, "94287082", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, "28708", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, "28708a", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, null, now, Long.MIN_VALUE)).isEmpty();
	}

	/** RFC 4648 section 10, without the padding authenticator apps do not want. */
	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32MatchesTheRfc4648Vectors(String plain, String encoded) {
		assertThat(Totp.base32(plain.getBytes(US_ASCII))).isEqualTo(encoded);
	}
}
