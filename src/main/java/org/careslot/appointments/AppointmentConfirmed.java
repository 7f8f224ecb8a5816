package org.careslot.appointments;

import java.time.Instant;
import java.util.UUID;

public record AppointmentConfirmed(UUID appointmentId, UUID doctorId, UUID patientId, Instant start) {
}
