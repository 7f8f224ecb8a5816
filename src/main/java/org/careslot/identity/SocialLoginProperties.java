package org.careslot.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Social sign-in providers; each is offered only when its client id is set.
 *
 * @param google   Google's OpenID Connect (GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET)
 * @param facebook Facebook Login (FACEBOOK_CLIENT_ID, FACEBOOK_CLIENT_SECRET)
 */
@ConfigurationProperties("careslot.social")
record SocialLoginProperties(Provider google, Provider facebook) {

	SocialLoginProperties {
		google = google == null ? new Provider(null, null, null, null, null, null) : google;
		facebook = facebook == null ? new Provider(null, null, null, null, null, null) : facebook;
	}

	/**
	 * @param issuerUri an OpenID Connect issuer whose endpoints are discovered at start (another
	 *                  Google-compatible provider, a local one in tests); unset = the provider's own
	 *                  endpoints, built in
	 * @param authorizationUri, tokenUri, userInfoUri override the built-in endpoints of a provider
	 *                  without discovery (Facebook)
	 */
	record Provider(String clientId, String clientSecret, String issuerUri, String authorizationUri, String tokenUri,
			String userInfoUri) {

		boolean configured() {
			return StringUtils.hasText(clientId);
		}
	}
}
