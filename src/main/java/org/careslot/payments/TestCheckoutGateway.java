package org.careslot.payments;

import java.math.BigDecimal;

/** The offline provider: an in-app checkout page, labelled test mode, where no money moves. */
final class TestCheckoutGateway implements PaymentGateway {

	@Override
	public String name() {
		return "test";
	}

	@Override
	public Checkout createCheckout(CheckoutRequest request) {
		return new Checkout("test_" + request.paymentId(), "/test-checkout/" + request.paymentId());
	}

	@Override
	public void refund(String transactionId, String paymentIntentId, BigDecimal amount, String currency,
			String idempotencyKey) {
		// nothing to give back: no money moved
	}
}
