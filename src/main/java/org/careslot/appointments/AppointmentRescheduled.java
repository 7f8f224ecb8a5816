package org.careslot.appointments;

import java.time.Instant;
import java.util.UUID;

public record AppointmentRescheduled(UUID appointmentId, UUID doctorId, UUID patientId, Instant previousStart,
		Instant start, Instant end) {
}
