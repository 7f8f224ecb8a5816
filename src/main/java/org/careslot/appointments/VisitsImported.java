package org.careslot.appointments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Visits arrived as history in one batch ({@link VisitImport}); those still to come need what any
 * booking has (reminders, a fresh directory), their past texts came with them.
 */
public record VisitsImported(List<Upcoming> upcoming) {

	public record Upcoming(UUID appointmentId, UUID doctorId, UUID patientId, Instant start) {
	}
}
