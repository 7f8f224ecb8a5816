package org.careslot.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where two-factor sign-in is required, a doctor or admin who has not set it up may only reach
 * their own account and the set-up endpoints; everything else answers 403 with a problem type the
 * web app recognises. Runs after Spring Security's chain (a plain servlet filter), so the
 * signed-in user is known and the platform module needs no knowledge of identity.
 */
@Component
class TwoFactorSetupFilter extends OncePerRequestFilter {

	static final String PROBLEM_TYPE = "urn:careslot:problem:two-factor-setup-required";
	/** Set once the account is seen with a second factor, so later requests skip the query. */
	private static final String READY = "careslot.twoFactorReady";

	private final TwoFactorService twoFactor;

	TwoFactorSetupFilter(TwoFactorService twoFactor) {
		this.twoFactor = twoFactor;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") || path.equals("/api/me") || path.equals("/api/me/two-factor")
				|| path.startsWith("/api/me/two-factor/") || path.startsWith("/api/auth/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser me
				&& twoFactor.required(me.role()) && !ready(me, request.getSession(false))) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"type\":\"" + PROBLEM_TYPE + "\",\"title\":\"Two-factor sign-in must be set up first\","
					+ "\"status\":403,\"detail\":\"Your role must use two-factor sign-in: set it up on your profile page\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean ready(CurrentUser me, HttpSession session) {
		if (session != null && Boolean.TRUE.equals(session.getAttribute(READY))) {
			return true;
		}
		boolean enabled = twoFactor.enabled(me.id());
		if (enabled && session != null) {
			session.setAttribute(READY, true);
		}
		return enabled;
	}
}
