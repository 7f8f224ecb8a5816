package org.careslot.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The React app routes on the client: any GET outside the API, the operational endpoints and
 * real files answers with {@code index.html}.
 */
@Configuration(proxyBeanMethods = false)
class SpaRoutes {

	private static final Resource INDEX = new ClassPathResource("static/index.html");

	@Bean
	RouterFunction<ServerResponse> spaFallback() {
		RequestPredicate clientRoute = request -> {
			String path = request.path();
			String last = path.substring(path.lastIndexOf('/') + 1);
			return !path.startsWith("/api") && !path.startsWith("/actuator") && !path.startsWith("/v3/")
					&& !path.startsWith("/swagger-ui") && !last.contains(".");
		};
		return RouterFunctions.route()
			.GET(clientRoute.and(request -> INDEX.exists()),
					request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).header("Cache-Control", "no-cache").body(INDEX))
			.build();
	}
}
