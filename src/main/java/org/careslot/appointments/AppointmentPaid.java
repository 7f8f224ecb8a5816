package org.careslot.appointments;

import java.time.Instant;
import java.util.UUID;

/** The patient paid for a visit that is still going to happen. */
public record AppointmentPaid(UUID appointmentId, UUID doctorId, UUID patientId, Instant start) {
}
