package org.careslot.appointments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param patientCutoff patients may not cancel or reschedule closer than this to the start
 * @param holdDuration  how long an unpaid booking holds the slot when the doctor requires prepayment
 * @param noShowGrace   how long after the start a patient who has not come may be marked as a no-show
 * @param maxOpenBookings          open bookings ahead one patient may hold in all
 * @param maxOpenBookingsPerDoctor ... and with one doctor
 * @param reholdCooloff            how long a patient waits to reserve again a time whose reservation lapsed
 */
@ConfigurationProperties("careslot.appointments")
record AppointmentProperties(@DefaultValue("24h") Duration patientCutoff, @DefaultValue("15m") Duration holdDuration,
		@DefaultValue("10m") Duration noShowGrace, @DefaultValue("10") int maxOpenBookings,
		@DefaultValue("3") int maxOpenBookingsPerDoctor, @DefaultValue("30m") Duration reholdCooloff) {
}
