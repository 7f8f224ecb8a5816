package org.careslot.payments;

import org.careslot.appointments.AppointmentCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Gives the fee back when an appointment is cancelled, after the cancellation committed. The
 * event is kept in the publication registry until this succeeds, and EventPublicationRetry tries
 * a failed one again with a growing wait, so a provider outage delays the refund instead of
 * losing it.
 */
@Component
class RefundOnCancellation {

	private final Refunds refunds;

	RefundOnCancellation(Refunds refunds) {
		this.refunds = refunds;
	}

	/** Without a transaction around it: no connection is held while the provider answers. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AppointmentCancelled cancelled) {
		refunds.refundAfterCancellation(cancelled);
	}
}
