package org.careslot.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The account holder sets up, renews the recovery codes of and turns off their own second factor. */
@RestController
@RequestMapping("/api/me/two-factor")
@Tag(name = "Accounts")
class TwoFactorController {

	private final TwoFactorService twoFactor;
	private final LoginThrottle throttle;

	TwoFactorController(TwoFactorService twoFactor, LoginThrottle throttle) {
		this.twoFactor = twoFactor;
		this.throttle = throttle;
	}

	record CodeRequest(@NotBlank @Size(max = 16) String code) {
	}

	record RecoveryCodes(List<String> recoveryCodes) {
	}

	/** @param recoveryCodesLeft unused recovery codes; 0 while two-factor sign-in is off */
	record Status(boolean enabled, boolean required, int recoveryCodesLeft) {
	}

	@GetMapping
	@Operation(summary = "Whether two-factor sign-in is on, whether your role must use it, and how many recovery codes are left")
	Status status(@AuthenticationPrincipal CurrentUser me) {
		boolean enabled = twoFactor.enabled(me.id());
		return new Status(enabled, twoFactor.required(me.role()), enabled ? twoFactor.recoveryCodesLeft(me.id()) : 0);
	}

	@PostMapping
	@Operation(summary = "Start two-factor set-up: a new secret for an authenticator app (not active until confirmed)",
			description = "Starting again replaces an unconfirmed secret; 409 when two-factor sign-in is already on.")
	TwoFactorService.Enrolment start(@AuthenticationPrincipal CurrentUser me) {
		return twoFactor.start(me.id(), me.getUsername());
	}

	@PostMapping("/activate")
	@Operation(summary = "Confirm set-up with a code from the app; answers the 10 single-use recovery codes, shown only now",
			description = "400 naming `code` when it is wrong; repeated wrong codes answer 429 like failed sign-ins.")
	RecoveryCodes activate(@Valid @RequestBody CodeRequest body, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		checkThrottle(me, request);
		return twoFactor.activate(me.id(), body.code())
			.map(RecoveryCodes::new)
			.orElseThrow(() -> wrongCode(me, request));
	}

	@PostMapping("/recovery-codes")
	@Operation(summary = "Replace your recovery codes, confirmed with a current code; the old ones stop working",
			description = "Answers 10 new single-use codes, shown only now. 409 when two-factor sign-in is off; "
					+ "400 naming `code` when it is wrong; repeated wrong codes answer 429.")
	RecoveryCodes replaceRecoveryCodes(@Valid @RequestBody CodeRequest body, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		requireEnabled(me);
		checkThrottle(me, request);
		if (!twoFactor.verifyCode(me.id(), body.code())) {
			throw wrongCode(me, request);
		}
		return new RecoveryCodes(twoFactor.replaceRecoveryCodes(me.id()));
	}

	@DeleteMapping
	@Operation(summary = "Turn two-factor sign-in off, confirmed with a current code",
			description = "422 for doctors and admins while it is required.")
	ResponseEntity<Void> disable(@Valid @RequestBody CodeRequest body, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		if (twoFactor.required(me.role())) {
			throw ApiException.unprocessable(Text.of("twoFactor.required"));
		}
		requireEnabled(me);
		checkThrottle(me, request);
		if (!twoFactor.verifyCode(me.id(), body.code())) {
			throw wrongCode(me, request);
		}
		twoFactor.disable(me.id());
		return ResponseEntity.noContent().build();
	}

	private void requireEnabled(CurrentUser me) {
		if (!twoFactor.enabled(me.id())) {
			throw ApiException.conflict(Text.of("twoFactor.notOn"));
		}
	}

	private void checkThrottle(CurrentUser me, HttpServletRequest request) {
		throttle.blockedFor(me.getUsername(), request.getRemoteAddr()).ifPresent(wait -> {
			throw ApiException.tooManyRequests(Text.of("twoFactor.tooManyCodes"), wait);
		});
	}

	private ApiException wrongCode(CurrentUser me, HttpServletRequest request) {
		throttle.recordFailure(me.getUsername(), request.getRemoteAddr());
		return ApiException.invalid("code", Text.of("twoFactor.codeWrong"));
	}
}
