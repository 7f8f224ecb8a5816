package org.careslot.appointments;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Frees slots whose prepayment never came. One UPDATE, so several nodes may run it at once. */
@Component
class HoldExpiry {

	private final AppointmentService appointments;

	HoldExpiry(AppointmentService appointments) {
		this.appointments = appointments;
	}

	@Scheduled(fixedDelayString = "${careslot.appointments.hold-check-interval:30s}")
	void run() {
		appointments.expireHolds();
	}
}
