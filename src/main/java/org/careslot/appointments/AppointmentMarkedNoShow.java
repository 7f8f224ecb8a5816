package org.careslot.appointments;

import java.util.UUID;

/** The patient did not come; the time stays taken (it is in the past), the visit's reminders are void. */
public record AppointmentMarkedNoShow(UUID appointmentId, UUID doctorId, UUID patientId) {
}
