package org.careslot.appointments;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to book: the body of {@code POST /api/appointments} and what the service books.
 * @param visitType null = in person
 * @param patientId who the visit is for when the front desk (an admin) books; null = the caller
 */
public record Booking(@NotNull UUID doctorId, @NotNull Instant start, @Size(max = 1000) String reason,
		VisitType visitType, UUID patientId) {

	VisitType visitTypeOrDefault() {
		return visitType == null ? VisitType.IN_PERSON : visitType;
	}

	String reasonOrEmpty() {
		return reason == null ? "" : reason.strip();
	}
}
