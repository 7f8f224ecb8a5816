package org.careslot.payments;

/** A payment attempt: open at the provider, then paid, failed or expired; paid may be refunded. */
public enum PaymentState {
	OPEN, PAID, FAILED, EXPIRED, REFUNDED
}
