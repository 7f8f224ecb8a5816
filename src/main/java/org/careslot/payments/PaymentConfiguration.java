package org.careslot.payments;

import org.careslot.platform.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PaymentConfiguration.class);

	/** Stripe when a secret key is configured, otherwise the in-app test checkout. */
	@Bean
	PaymentGateway paymentGateway(PaymentProperties properties, PublicUrl publicUrl) {
		if (properties.stripe().configured()) {
			if (properties.stripe().webhookSecret() == null || properties.stripe().webhookSecret().isBlank()) {
				throw new IllegalStateException("STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not: "
						+ "without it CareSlot cannot learn that a payment succeeded");
			}
			return new StripeGateway(properties, publicUrl);
		}
		log.info("Payments run in test mode (in-app checkout, no money moves); set STRIPE_SECRET_KEY for Stripe");
		return new TestCheckoutGateway();
	}
}
