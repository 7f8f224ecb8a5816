package org.careslot.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.careslot.platform.Text;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At least 12 characters, not a known common password (nor one with a few digits or symbols
 * tacked on), and within bcrypt's 72-byte input limit.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("identity/common-passwords.txt");
	}

	/** Why the password is refused, or empty when it is acceptable. */
	Optional<Text> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(Text.of("password.tooShort", "count", MIN_LENGTH));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(Text.of("password.tooLong", "count", MAX_BYTES));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String core = lower.replaceAll("[\\d\\W_]+$", "").replaceAll("^[\\d\\W_]+", "");
		if (common.contains(lower) || (core.length() >= 4 && common.contains(core))) {
			return Optional.of(Text.of("password.common"));
		}
		if (lower.codePoints().distinct().count() < 4) {
			return Optional.of(Text.of("password.tooSimple"));
		}
		String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@", 2)[0];
		if (localPart.length() >= 4 && lower.contains(localPart)) {
			return Optional.of(Text.of("password.containsEmail"));
		}
		return Optional.empty();
	}

	private static Set<String> load(String path) {
		Set<String> words = new HashSet<>(64_000);
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}
}
