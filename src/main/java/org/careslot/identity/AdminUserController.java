package org.careslot.identity;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account administration (admins): find accounts, deactivate and reactivate them, reset a lost second factor. */
@RestController
@RequestMapping("/api/admin/users")
@Validated
@Tag(name = "Accounts")
class AdminUserController {

	private static final Logger log = LoggerFactory.getLogger(AdminUserController.class);

	private final IdentityService identity;
	private final TwoFactorService twoFactor;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AdminUserController(IdentityService identity, TwoFactorService twoFactor,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.identity = identity;
		this.twoFactor = twoFactor;
		this.sessions = sessions;
	}

	@GetMapping
	@Operation(summary = "Accounts, filtered by role and a search on name or email (admin)")
	List<AccountView> users(@RequestParam(required = false) Role role,
			@RequestParam(required = false) @Size(max = 100) String q) {
		return identity.accounts(role, q);
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Block sign-in and end the account's sessions (admin)")
	AccountView deactivate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		if (id.equals(me.id())) {
			throw ApiException.unprocessable(Text.of("admin.cannotDeactivateSelf"));
		}
		AccountView account = identity.setEnabled(id, false);
		endSessions(account);
		log.warn("Account {} deactivated by admin {}", id, me.id());
		return account;
	}

	@PostMapping("/{id}/two-factor/reset")
	@Operation(summary = "Turn off someone's two-factor sign-in, for a lost phone and lost recovery codes (admin)",
			description = "Removes the secret and the recovery codes and ends the account's sessions; when their role "
					+ "requires it they set it up again at their next sign-in. 409 when it is not on; 422 for your own "
					+ "account (turn yours off or renew your codes on your profile).")
	AccountView resetTwoFactor(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		if (id.equals(me.id())) {
			throw ApiException.unprocessable(Text.of("admin.cannotResetOwnTwoFactor"));
		}
		AccountView account = identity.account(id);
		if (!twoFactor.disable(id)) {
			throw ApiException.conflict(Text.of("twoFactor.notOnForAccount"));
		}
		endSessions(account);
		// ids only: enough to follow up, nothing that identifies the person in the log
		log.warn("Two-factor sign-in of account {} reset by admin {}", id, me.id());
		return identity.account(id);
	}

	private void endSessions(AccountView account) {
		sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById);
	}

	@PostMapping("/{id}/reactivate")
	@Operation(summary = "Allow sign-in again (admin)")
	AccountView reactivate(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		log.warn("Account {} reactivated by admin {}", id, me.id());
		return identity.setEnabled(id, true);
	}
}
