package org.careslot.identity;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careslot.platform.ApiException;
import org.careslot.platform.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, sign-in and "who am I". Sign-out is Spring Security's logout filter at /api/auth/logout. */
@RestController
@Tag(name = "Accounts")
class AuthController {

	private static final String BAD_CREDENTIALS = "Invalid email or password";

	private final IdentityService identity;
	private final AuthenticationManager authenticationManager;
	private final SessionAuthenticationStrategy sessionStrategy;
	private final SecurityContextRepository contextRepository;
	private final LoginThrottle throttle;

	AuthController(IdentityService identity, AuthenticationManager authenticationManager,
			SessionAuthenticationStrategy sessionStrategy, SecurityContextRepository contextRepository,
			LoginThrottle throttle) {
		this.identity = identity;
		this.authenticationManager = authenticationManager;
		this.sessionStrategy = sessionStrategy;
		this.contextRepository = contextRepository;
		this.throttle = throttle;
	}

	record RegisterRequest(
			@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 200) String password,
			@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n\\t]*", message = "must be a single line") String fullName,
			@Size(max = 32) String phone) {
	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
	}

	@PostMapping("/api/auth/register")
	@Operation(summary = "Create a patient account and sign in")
	ResponseEntity<UserView> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		// texts and reports start in the browser's language; the profile changes it
		UserView user = identity.createAccount(body.email(), body.password(), body.fullName(), body.phone(), Role.PATIENT,
				Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		CurrentUser principal = identity.principalOf(user.id());
		signIn(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()), request,
				response);
		return ResponseEntity.created(URI.create("/api/me")).body(user);
	}

	@PostMapping("/api/auth/login")
	@Operation(summary = "Sign in with email and password", description = "Unknown email and wrong password get the same 401. "
			+ "Repeated failures per account or per address answer 429 with Retry-After.")
	UserView login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
		String email = IdentityService.normalizeEmail(body.email());
		String address = request.getRemoteAddr();
		throttle.blockedFor(email, address).ifPresent(wait -> {
			throw ApiException.tooManyRequests("Too many failed sign-in attempts; try again later", wait);
		});
		Authentication authentication;
		try {
			authentication = authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, body.password()));
		}
		catch (AuthenticationException | IllegalArgumentException ex) {
			// IllegalArgumentException: bcrypt refuses inputs over 72 bytes; still just a wrong password.
			throttle.recordFailure(email, address);
			throw ApiException.unauthorized(BAD_CREDENTIALS);
		}
		signIn(authentication, request, response);
		return identity.findById(((CurrentUser) authentication.getPrincipal()).id()).orElseThrow();
	}

	@GetMapping("/api/me")
	@Operation(summary = "The signed-in account; 401 when signed out")
	UserView me(@AuthenticationPrincipal CurrentUser me) {
		return identity.findById(me.id()).orElseThrow(() -> ApiException.unauthorized("Sign in to continue"));
	}

	private void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}
}
