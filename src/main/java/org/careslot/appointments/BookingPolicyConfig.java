package org.careslot.appointments;

import java.util.Map;

import org.careslot.platform.ClientConfig;
import org.springframework.stereotype.Component;

/** The booking rules the web app explains to patients and applies to the doctor's buttons. */
@Component
class BookingPolicyConfig implements ClientConfig {

	private final AppointmentProperties properties;

	BookingPolicyConfig(AppointmentProperties properties) {
		this.properties = properties;
	}

	@Override
	public Map<String, Object> clientConfig() {
		return Map.of("patientCancellationCutoffHours", properties.patientCutoff().toHours(), "holdMinutes",
				properties.holdDuration().toMinutes(), "noShowGraceMinutes", properties.noShowGrace().toMinutes());
	}
}
