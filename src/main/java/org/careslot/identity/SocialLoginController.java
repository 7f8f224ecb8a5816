package org.careslot.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class SocialLoginController {

	/** @param url where the browser goes to start signing in with this provider */
	record Provider(String id, String name, String url) {
	}

	private final SocialLoginConfiguration.SocialProviders providers;

	SocialLoginController(SocialLoginConfiguration.SocialProviders providers) {
		this.providers = providers;
	}

	@GetMapping("/api/auth/providers")
	@Operation(summary = "The social sign-in providers configured here (none by default)")
	List<Provider> providers() {
		return providers.registrations().stream()
			.map(r -> new Provider(r.getRegistrationId(), r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()))
			.toList();
	}
}
