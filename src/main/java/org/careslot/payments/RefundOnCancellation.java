package org.careslot.payments;

import org.careslot.appointments.AppointmentCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives the fee back when an appointment is cancelled, after the cancellation committed. The
 * event is kept in the publication registry until this succeeds, so a provider outage delays
 * the refund instead of losing it.
 */
@Component
class RefundOnCancellation {

	private final PaymentService payments;

	RefundOnCancellation(PaymentService payments) {
		this.payments = payments;
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled cancelled) {
		payments.refundAfterCancellation(cancelled);
	}
}
