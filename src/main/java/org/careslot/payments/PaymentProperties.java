package org.careslot.payments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How CareSlot takes money. Without a Stripe key it uses the in-app test checkout, so a clinic
 * can try everything without an account.
 */
@ConfigurationProperties("careslot.payments")
record PaymentProperties(Stripe stripe, String required) {

	PaymentProperties {
		stripe = stripe == null ? new Stripe(null, null, null, null, null) : stripe;
	}

	/** CARESLOT_PAYMENTS_REQUIRED=live: real money is expected, so the test checkout must never run. */
	boolean liveRequired() {
		return "live".equalsIgnoreCase(required == null ? "" : required.strip());
	}

	/**
	 * @param secretKey        STRIPE_SECRET_KEY; when set, payments go through Stripe
	 * @param webhookSecret    STRIPE_WEBHOOK_SECRET, the endpoint's signing secret (whsec_…)
	 * @param apiBase          Stripe's API address (a local fake in tests)
	 * @param webhookTolerance how old a signed webhook may be before it is refused as a replay
	 * @param readTimeout      how long to wait for Stripe's answer (calls are retried under the same idempotency key)
	 */
	record Stripe(String secretKey, String webhookSecret, String apiBase, Duration webhookTolerance, Duration readTimeout) {

		Stripe {
			apiBase = StringUtils.hasText(apiBase) ? apiBase : "https://api.stripe.com";
			webhookTolerance = webhookTolerance == null ? Duration.ofMinutes(5) : webhookTolerance;
			readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
		}

		boolean configured() {
			return StringUtils.hasText(secretKey);
		}
	}
}
