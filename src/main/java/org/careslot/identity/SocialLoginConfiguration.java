package org.careslot.identity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.careslot.platform.HttpSecurityExtension;
import org.careslot.platform.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.util.StringUtils;

/**
 * "Continue with Google / Facebook" through Spring Security's OAuth2 client, for each provider
 * that is configured. After the provider's answer is verified (state, PKCE and, for Google, the
 * signed ID token with its nonce), the session holds the CareSlot account like a password
 * sign-in does; any refusal lands back on the sign-in page with a reason code.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialLoginProperties.class)
class SocialLoginConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SocialLoginConfiguration.class);

	/** The configured providers' ids, in the order the sign-in page offers them. */
	record SocialProviders(List<ClientRegistration> registrations) {

		List<String> ids() {
			return registrations.stream().map(ClientRegistration::getRegistrationId).toList();
		}
	}

	@Bean
	SocialProviders socialProviders(SocialLoginProperties properties) {
		List<ClientRegistration> registrations = new ArrayList<>();
		if (properties.google().configured()) {
			SocialLoginProperties.Provider google = properties.google();
			ClientRegistration.Builder builder = StringUtils.hasText(google.issuerUri())
					? ClientRegistrations.fromIssuerLocation(google.issuerUri()).registrationId("google")
					: CommonOAuth2Provider.GOOGLE.getBuilder("google");
			registrations.add(builder.clientId(google.clientId())
				.clientSecret(google.clientSecret())
				.scope("openid", "profile", "email")
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.clientName("Google")
				.build());
		}
		if (properties.facebook().configured()) {
			SocialLoginProperties.Provider facebook = properties.facebook();
			ClientRegistration.Builder builder = CommonOAuth2Provider.FACEBOOK.getBuilder("facebook")
				.clientId(facebook.clientId())
				.clientSecret(facebook.clientSecret());
			if (StringUtils.hasText(facebook.authorizationUri())) {
				builder.authorizationUri(facebook.authorizationUri());
			}
			if (StringUtils.hasText(facebook.tokenUri())) {
				builder.tokenUri(facebook.tokenUri());
			}
			if (StringUtils.hasText(facebook.userInfoUri())) {
				builder.userInfoUri(facebook.userInfoUri());
			}
			registrations.add(builder.build());
		}
		log.info("Social sign-in: {}", registrations.isEmpty() ? "off (no provider configured)"
				: registrations.stream().map(ClientRegistration::getRegistrationId).toList());
		return new SocialProviders(List.copyOf(registrations));
	}

	@Bean
	HttpSecurityExtension socialSignInSecurity(SocialProviders providers, SocialSignIn signIn, TwoFactorService twoFactor,
			SessionSignIn sessions, Clock clock) {
		return http -> {
			if (providers.registrations().isEmpty()) {
				return;
			}
			http.oauth2Login(oauth -> oauth
				.clientRegistrationRepository(new InMemoryClientRegistrationRepository(providers.registrations()))
				.successHandler((request, response, authentication) -> {
					try {
						CurrentUser user = signIn.signIn(identity((OAuth2AuthenticationToken) authentication),
								Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
						if (twoFactor.enabled(user.id())) {
							// the provider stands in for the password only: the second factor is still asked for
							sessions.clear(request, response);
							request.getSession().setAttribute(AuthController.PENDING_SIGN_IN, new AuthController.PendingSignIn(
									user.id(), user.getUsername(), clock.instant().plus(AuthController.PENDING_FOR)));
							response.sendRedirect("/sign-in?two-factor=1");
							return;
						}
						sessions.signIn(user, request, response);
						response.sendRedirect("/");
					}
					catch (SocialSignIn.Refused refused) {
						sessions.clear(request, response);
						backToSignIn(response, refused.code());
					}
				})
				.failureHandler((request, response, exception) -> backToSignIn(response, code(exception))));
		};
	}

	private static SocialSignIn.Identity identity(OAuth2AuthenticationToken token) {
		String provider = token.getAuthorizedClientRegistrationId();
		OAuth2User user = token.getPrincipal();
		String email = user.getAttribute("email");
		// Google says whether it verified the address; Facebook only ever returns a confirmed one
		boolean verified = user instanceof OidcUser oidc ? Boolean.TRUE.equals(oidc.getEmailVerified()) : email != null;
		return new SocialSignIn.Identity(provider, user.getName(), email, verified, user.getAttribute("name"));
	}

	private static String code(AuthenticationException exception) {
		return exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "failed";
	}

	private static void backToSignIn(HttpServletResponse response, String code) throws IOException {
		response.sendRedirect("/sign-in?social-error=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
	}
}
