package org.careslot.identity;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Sign-out is served by Spring Security's logout filter, which springdoc cannot see; describe it by hand. */
@Component
class LogoutEndpointDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		Operation logout = new Operation().addTagsItem("Accounts")
			.summary("Sign out: ends the session")
			.operationId("logout")
			.responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Signed out"))
				.addApiResponse("403", new ApiResponse().description("Missing or invalid CSRF token")));
		openApi.path("/api/auth/logout", new PathItem().post(logout));
	}
}
