package org.careslot.appointments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param patientCutoff patients may not cancel or reschedule closer than this to the start
 * @param holdDuration  how long an unpaid booking holds the slot when the doctor requires prepayment
 * @param noShowGrace   how long after the start a patient who has not come may be marked as a no-show
 */
@ConfigurationProperties("careslot.appointments")
record AppointmentProperties(@DefaultValue("24h") Duration patientCutoff, @DefaultValue("15m") Duration holdDuration,
		@DefaultValue("10m") Duration noShowGrace) {
}
