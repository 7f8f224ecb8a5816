package org.careslot.platform;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** When the caller signed in to this session (written at every kind of sign-in). */
public final class SignInTime {

	/** The session attribute; platform.security writes it at sign-in and ends sessions by it. */
	public static final String ATTRIBUTE = "careslot.authenticatedAt";

	private SignInTime() {
	}

	public static Optional<Instant> of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(ATTRIBUTE) instanceof Instant at ? Optional.of(at) : Optional.empty();
	}
}
