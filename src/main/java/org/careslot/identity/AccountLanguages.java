package org.careslot.identity;

import java.util.Optional;

import org.careslot.platform.AccountLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in account's language, read fresh (it may have changed since sign-in). */
@Component
class AccountLanguages implements AccountLanguage {

	private final JdbcClient jdbc;

	AccountLanguages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> languageOf(Authentication signedIn) {
		if (!(signedIn.getPrincipal() instanceof CurrentUser me)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT language FROM users WHERE id = :id").param("id", me.id()).query(String.class).optional();
	}
}
