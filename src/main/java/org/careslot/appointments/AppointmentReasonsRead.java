package org.careslot.appointments;

import java.util.List;
import java.util.UUID;

/** An administrator broke the glass to read visit reasons (patients' own words) of these patients. */
public record AppointmentReasonsRead(UUID adminId, List<UUID> patientIds, String reason, String address) {
}
