package org.careslot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "Tr0ub4dor&3-staple", "ζωή-και-θάλασσα", "mein langes Passwort 7" })
	void acceptsLongUncommonPasswords(String password) {
		assertThat(policy.problem(password, "someone@example.test")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "elevenchars", "123qweasdzxc", "1qaz2wsx3edc", "Sunshine2024!!", "!!!dragon123456",
			"abababababab", "xyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwxyzwq" })
	void refusesShortCommonRepetitiveOrOverlongPasswords(String password) {
		assertThat(policy.problem(password, "someone@example.test")).isPresent();
	}

	@Test
	void refusesAPasswordContainingTheEmailName() {
		assertThat(policy.problem("margaret-1984-xyz", "margaret@example.test")).isPresent();
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(policy.problem("ζωήζωήζωήζω", "a@example.test")).as("11 characters").isPresent();
		assertThat(policy.problem("ζωήκαιθάλασσα", "a@example.test")).isEmpty();
	}
}
