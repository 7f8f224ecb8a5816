package org.careslot.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment provider: Stripe, or the in-app test checkout. */
interface PaymentGateway {

	/** "stripe" or "test", as stored with each payment. */
	String name();

	/** Opens a hosted checkout for one payment; the key makes a retried call create nothing new. */
	Checkout createCheckout(CheckoutRequest request);

	/**
	 * Gives money back; the key makes a retried refund refund nothing twice.
	 *
	 * @throws RefundFailed when the provider did not take it (down, too slow, or refused)
	 */
	void refund(String transactionId, String paymentIntentId, BigDecimal amount, String currency, String idempotencyKey);

	/** The provider did not take a refund; the message says what it answered, for the admins. */
	final class RefundFailed extends RuntimeException {

		RefundFailed(String message, Throwable cause) {
			super(message, cause);
		}
	}

	record CheckoutRequest(UUID paymentId, UUID appointmentId, String description, BigDecimal amount, String currency,
			String customerEmail, Instant expiresAt, String idempotencyKey) {
	}

	/** @param transactionId the provider's id of the checkout */
	record Checkout(String transactionId, String url) {
	}
}
