package org.careslot.appointments;

import java.time.Instant;
import java.util.UUID;

/**
 * @param byFrontDesk    an administrator booked it on the patient's behalf
 * @param heldUntilPaid  when the doctor takes payment at booking: the reservation lapses then unless paid; else null
 */
public record AppointmentBooked(UUID appointmentId, UUID doctorId, UUID patientId, Instant start, Instant end,
		boolean byFrontDesk, Instant heldUntilPaid) {
}
