package org.careslot.identity;

import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careslot.platform.ApiException;
import org.careslot.platform.Languages;
import org.careslot.platform.RateLimits;
import org.careslot.platform.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, sign-in and "who am I". Sign-out is Spring Security's logout filter at /api/auth/logout. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Accounts")
class AuthController {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuthController.class);

	private static final Text BAD_CREDENTIALS = Text.of("signIn.badCredentials");

	private final IdentityService identity;
	private final AuthenticationManager authenticationManager;
	private final SessionSignIn sessions;
	private final LoginThrottle throttle;
	private final TwoFactorService twoFactor;
	private final RateLimits limits;
	private final Clock clock;

	AuthController(IdentityService identity, AuthenticationManager authenticationManager,
			SessionSignIn sessions, LoginThrottle throttle, TwoFactorService twoFactor, RateLimits limits, Clock clock) {
		this.limits = limits;
		this.identity = identity;
		this.authenticationManager = authenticationManager;
		this.sessions = sessions;
		this.throttle = throttle;
		this.twoFactor = twoFactor;
		this.clock = clock;
	}

	/** Password accepted, second factor outstanding: kept in the (not yet signed-in) session. */
	record PendingSignIn(UUID userId, String email, Instant expiresAt) implements Serializable {
	}

	static final String PENDING_SIGN_IN = "careslot.pendingSignIn";
	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	/**
	 * The answer to a right password when a second factor is on. Not {@code twoFactorRequired}:
	 * that name already means "this role must use it" in {@link UserView}.
	 */
	record TwoFactorChallenge(boolean twoFactorChallenge) {
	}

	record TwoFactorLoginRequest(@Size(max = 16) String code, @Size(max = 32) String recoveryCode) {
	}

	record RegisterRequest(
			@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 200) String password,
			@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n\\t]*", message = "{careslot.singleLine}") String fullName,
			@Size(max = 32) String phone) {
	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
	}

	@PostMapping("/register")
	@Operation(summary = "Create a patient account and sign in")
	ResponseEntity<UserView> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		limits.spend("registration-per-address", request.getRemoteAddr(), Text.of("tooMany.signUps"));
		// texts and reports start in the browser's language; the profile changes it
		UserView user = identity.createAccount(body.email(), body.password(), body.fullName(), body.phone(), Role.PATIENT,
				Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		CurrentUser principal = identity.principalOf(user.id());
		sessions.signIn(principal, request, response);
		return ResponseEntity.created(URI.create("/api/me")).body(user);
	}

	@PostMapping("/login")
	@Operation(summary = "Sign in with email and password", description = "Unknown email and wrong password get the same 401. "
			+ "Repeated failures per account or per address answer 429 with Retry-After. When the account has two-factor "
			+ "sign-in on, a right password answers {\"twoFactorChallenge\":true} without signing in; finish with "
			+ "POST /api/auth/login/two-factor within 5 minutes.")
	@ApiResponse(responseCode = "200", description = "Signed in (the account), or a second factor is needed",
			content = @Content(schema = @Schema(oneOf = { UserView.class, TwoFactorChallenge.class })))
	Object login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
		String email = IdentityService.normalizeEmail(body.email());
		String address = request.getRemoteAddr();
		throttle.blockedFor(email, address).ifPresent(wait -> {
			throw ApiException.tooManyRequests(Text.of("signIn.tooManyAttempts"), wait);
		});
		Authentication authentication;
		try {
			authentication = authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, body.password()));
		}
		catch (AuthenticationException | IllegalArgumentException ex) {
			// IllegalArgumentException: bcrypt refuses inputs over 72 bytes; still just a wrong password.
			throttle.recordFailure(email, address);
			// the account id when there is one (never the typed e-mail or password), and where from
			log.warn("Failed sign-in for account {} from {}",
					identity.findByEmail(email).map(u -> u.id().toString()).orElse("(none)"), address);
			throw ApiException.unauthorized(BAD_CREDENTIALS);
		}
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		if (twoFactor.enabled(user.id())) {
			request.getSession().setAttribute(PENDING_SIGN_IN,
					new PendingSignIn(user.id(), email, clock.instant().plus(PENDING_FOR)));
			return new TwoFactorChallenge(true);
		}
		sessions.signIn(user, request, response);
		return identity.findById(user.id()).orElseThrow();
	}

	@PostMapping("/login/two-factor")
	@Operation(summary = "Second sign-in step: a code from the authenticator app, or one recovery code",
			description = "Only after a right password answered twoFactorChallenge. Each code and each recovery code "
					+ "works once. Wrong codes count as failed sign-ins: 401 naming the field, then 429 with Retry-After.")
	UserView loginTwoFactor(@Valid @RequestBody TwoFactorLoginRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		PendingSignIn pending = session == null ? null
				: session.getAttribute(PENDING_SIGN_IN) instanceof PendingSignIn p ? p : null;
		if (pending == null || clock.instant().isAfter(pending.expiresAt())) {
			throw ApiException.unauthorized(Text.of("auth.passwordFirst"));
		}
		boolean useRecovery = !StringUtils.hasText(body.code());
		if (useRecovery && !StringUtils.hasText(body.recoveryCode())) {
			throw ApiException.invalid("code", Text.of("field.notBlank"));
		}
		String address = request.getRemoteAddr();
		throttle.blockedFor(pending.email(), address).ifPresent(wait -> {
			throw ApiException.tooManyRequests(Text.of("signIn.tooManyAttempts"), wait);
		});
		boolean right = useRecovery ? twoFactor.useRecoveryCode(pending.userId(), body.recoveryCode())
				: twoFactor.verifyCode(pending.userId(), body.code());
		if (!right) {
			throttle.recordFailure(pending.email(), address);
			String field = useRecovery ? "recoveryCode" : "code";
			Text message = useRecovery ? Text.of("twoFactor.recoveryCodeWrong") : Text.of("twoFactor.codeWrong");
			throw ApiException.unauthorized(field, message);
		}
		session.removeAttribute(PENDING_SIGN_IN);
		CurrentUser principal = identity.principalOf(pending.userId());
		if (!principal.isEnabled()) {
			throw ApiException.unauthorized(BAD_CREDENTIALS); // deactivated in the meantime
		}
		principal.eraseCredentials();
		sessions.signIn(principal, request, response);
		return identity.findById(principal.id()).orElseThrow();
	}
}
