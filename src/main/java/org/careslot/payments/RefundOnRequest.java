package org.careslot.payments;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Gives back a fee that {@link RefundRequested} says is owed, after the requesting transaction
 * committed. A failure leaves the publication failed in the registry, and EventPublicationRetry
 * tries it again later under the same idempotency key.
 */
@Component
class RefundOnRequest {

	private final Refunds refunds;

	RefundOnRequest(Refunds refunds) {
		this.refunds = refunds;
	}

	/** Without a transaction around it: no connection is held while the provider answers. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RefundRequested requested) {
		refunds.refund(requested.paymentId());
	}
}
