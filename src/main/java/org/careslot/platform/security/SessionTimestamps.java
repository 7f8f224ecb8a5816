package org.careslot.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Absolute session lifetime. Spring Session handles the idle timeout; this ends a session a
 * fixed time after sign-in however busy it is, so a stolen cookie does not live forever.
 */
class SessionTimestamps extends OncePerRequestFilter {

	/** Written at sign-in by whoever authenticates the user. */
	static final String AUTHENTICATED_AT = org.careslot.platform.SignInTime.ATTRIBUTE;

	private final Clock clock;
	private final SecurityProperties properties;

	SessionTimestamps(Clock clock, SecurityProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(AUTHENTICATED_AT) instanceof Instant at
				&& clock.instant().isAfter(at.plus(properties.absoluteSessionTimeout()))) {
			session.invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}
}
