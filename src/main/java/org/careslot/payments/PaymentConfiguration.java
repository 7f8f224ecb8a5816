package org.careslot.payments;

import java.util.Map;

import org.careslot.platform.ClientConfig;
import org.careslot.platform.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PaymentConfiguration.class);

	/** Stripe when a secret key is configured, otherwise the in-app test checkout. */
	@Bean
	PaymentGateway paymentGateway(PaymentProperties properties, PublicUrl publicUrl, Environment environment) {
		if (properties.stripe().configured()) {
			if (properties.stripe().webhookSecret() == null || properties.stripe().webhookSecret().isBlank()) {
				throw new IllegalStateException("STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not: "
						+ "without it CareSlot cannot learn that a payment succeeded");
			}
			return new StripeGateway(properties, publicUrl);
		}
		if (properties.liveRequired() || environment.matchesProfiles("prod | production")) {
			throw new IllegalStateException("Real payments are expected (CARESLOT_PAYMENTS_REQUIRED=live or a production "
					+ "profile) but STRIPE_SECRET_KEY is not set: refusing to start with the test checkout");
		}
		log.warn("PAYMENTS ARE IN TEST MODE: the in-app checkout takes no money. Set STRIPE_SECRET_KEY (and "
				+ "STRIPE_WEBHOOK_SECRET) for Stripe, and CARESLOT_PAYMENTS_REQUIRED=live to refuse test mode");
		return new TestCheckoutGateway();
	}

	/** Tells the web app (and so every admin, on a banner) whether money moves. */
	@Bean
	ClientConfig paymentsClientConfig(PaymentGateway gateway) {
		return () -> Map.of("paymentsTestMode", gateway instanceof TestCheckoutGateway);
	}
}
