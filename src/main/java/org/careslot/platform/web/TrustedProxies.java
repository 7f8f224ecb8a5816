package org.careslot.platform.web;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * X-Forwarded-For / -Proto / -Host are believed only from the proxies named in
 * CARESLOT_TRUSTED_PROXIES (exact addresses, comma-separated). Tomcat's default trusts every
 * private and loopback address, so anyone on the same network could claim any client address:
 * dodging the per-address sign-in limit and writing someone else's address into the access log.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final String proxies;

	TrustedProxies(@Value("${careslot.security.trusted-proxies:}") String proxies) {
		this.proxies = proxies;
	}

	/** A pattern matching exactly the listed addresses; null when none (then no header is believed). */
	static String pattern(String proxies) {
		String alternatives = Arrays.stream(proxies == null ? new String[0] : proxies.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		return alternatives.isEmpty() ? null : "^(?:" + alternatives + ")$";
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		String pattern = pattern(proxies);
		factory.getEngineValves().stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach(valve -> {
				valve.setInternalProxies(pattern);
				valve.setTrustedProxies(null);
			});
	}

	/** After Spring Boot's own customizer has added the valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
