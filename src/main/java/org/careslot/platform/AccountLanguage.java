package org.careslot.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * The language the signed-in account chose (one of {@link Languages#SUPPORTED}). Declared here,
 * implemented by identity, so that platform's locale resolution does not depend on identity.
 */
public interface AccountLanguage {

	/** Empty when the principal is not an account this application knows. */
	Optional<String> languageOf(Authentication signedIn);
}
