package org.careslot.appointments;

import java.time.Instant;
import java.util.UUID;

import org.careslot.identity.Role;

/** @param cancelledBy who cancelled; null when the system released an unpaid hold */
public record AppointmentCancelled(UUID appointmentId, UUID doctorId, UUID patientId, Instant start, Role cancelledBy,
		boolean beforePatientCutoff, String reason) {
}
