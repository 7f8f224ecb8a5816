package org.careslot.appointments;

import java.util.UUID;

public record AppointmentCompleted(UUID appointmentId, UUID doctorId, UUID patientId) {
}
