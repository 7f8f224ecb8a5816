package org.careslot.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts an account into the session the same way for every kind of sign-in (password, second
 * factor, social provider): a new session id, a new CSRF token, the sign-in time stamped.
 */
@Component
class SessionSignIn {

	private final SessionAuthenticationStrategy sessions;
	private final SecurityContextRepository contexts;

	SessionSignIn(SessionAuthenticationStrategy sessions, SecurityContextRepository contexts) {
		this.sessions = sessions;
		this.contexts = contexts;
	}

	void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		sessions.onAuthentication(authentication, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/** Leaves the session signed out (undoing what an authentication filter stored). */
	void clear(HttpServletRequest request, HttpServletResponse response) {
		SecurityContextHolder.clearContext();
		contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
	}
}
