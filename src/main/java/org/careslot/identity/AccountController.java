package org.careslot.identity;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import org.careslot.platform.PhoneNumbers;
import org.careslot.platform.SignInTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account: read it, change the profile, confirm the phone number. Administration: AdminUserController. */
@RestController
@RequestMapping("/api/me")
@Validated
@Tag(name = "Accounts")
class AccountController {

	private final IdentityService identity;
	private final PhoneVerification phones;
	private final LoginThrottle throttle;
	private final Clock clock;

	AccountController(IdentityService identity, PhoneVerification phones, LoginThrottle throttle, Clock clock) {
		this.identity = identity;
		this.phones = phones;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** @param currentPassword needed to put a new phone number on the account */
	record ProfileRequest(@Size(max = 200) @Pattern(regexp = "[^\\r\\n\\t]*", message = "{careslot.singleLine}") String fullName,
			@Size(max = 32) String phone, @Size(max = 8) String language, @Size(max = 64) String timeZone,
			@Size(max = 200) String currentPassword) {
	}

	record CodeRequest(@NotBlank @Size(max = 12) String code) {
	}

	/** Without a password (social sign-in), a new number needs a sign-in this recent instead. */
	static final Duration RECENT_SIGN_IN = Duration.ofMinutes(15);

	@PatchMapping
	@Operation(summary = "Change your name, phone number (E.164; empty removes it), language of texts and reports "
			+ "(en, de, fr) or time zone (IANA; empty = the doctor's)",
			description = "A new phone number needs currentPassword (accounts without a password: a sign-in in the last 15 "
					+ "minutes) and gets no texts until confirmed with POST /api/me/phone/code and /api/me/phone/verify.")
	UserView update(@Valid @RequestBody ProfileRequest body, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		if (body.phone() != null && !body.phone().isBlank()) {
			String current = identity.findById(me.id()).map(UserView::phone).orElse(null);
			// a number that is not one fails on its own, naming "phone"
			boolean newNumber = PhoneNumbers.toE164(body.phone()).map(n -> !n.equals(current)).orElse(false);
			if (newNumber) {
				requireProof(me, body.currentPassword(), request);
			}
		}
		return identity.updateProfile(me.id(),
				new IdentityService.ProfileChange(body.fullName(), body.phone(), body.language(), body.timeZone()));
	}

	private void requireProof(CurrentUser me, String password, HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (identity.hasPassword(me.id())) {
			throttle.blockedFor(me.getUsername(), address).ifPresent(wait -> {
				throw ApiException.tooManyRequests(Text.of("account.tooManyPasswords"), wait);
			});
			if (password == null || !identity.passwordMatches(me.id(), password)) {
				throttle.recordFailure(me.getUsername(), address);
				throw ApiException.invalid("currentPassword", Text.of("phone.currentPasswordNeeded"));
			}
		}
		else if (SignInTime.of(request).map(at -> at.isBefore(clock.instant().minus(RECENT_SIGN_IN))).orElse(true)) {
			throw ApiException.forbidden(Text.of("phone.signInAgain"));
		}
	}

	@PostMapping("/phone/code")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Text a six-digit code to your new phone number (valid 10 minutes)",
			description = "409 without a number or when it is confirmed already; 429 with Retry-After when asked too often "
					+ "(per account and per number).")
	void sendCode(@AuthenticationPrincipal CurrentUser me) {
		phones.sendCode(me.id());
	}

	@PostMapping("/phone/verify")
	@Operation(summary = "Confirm your phone number with the code texted to it",
			description = "400 naming code when it is wrong, expired or was tried five times.")
	UserView verifyPhone(@Valid @RequestBody CodeRequest body, @AuthenticationPrincipal CurrentUser me) {
		phones.verify(me.id(), body.code());
		return identity.findById(me.id()).orElseThrow();
	}

	@GetMapping
	@Operation(summary = "The signed-in account; 401 when signed out")
	UserView me(@AuthenticationPrincipal CurrentUser me) {
		return identity.findById(me.id()).orElseThrow(() -> ApiException.unauthorized(Text.of("auth.signIn")));
	}
}
