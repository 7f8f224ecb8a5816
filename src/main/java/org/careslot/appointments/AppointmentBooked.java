package org.careslot.appointments;

import java.time.Instant;
import java.util.UUID;

public record AppointmentBooked(UUID appointmentId, UUID doctorId, UUID patientId, Instant start, Instant end)
		implements AppointmentEvents {
}
