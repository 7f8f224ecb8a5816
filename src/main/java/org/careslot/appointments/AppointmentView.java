package org.careslot.appointments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.careslot.identity.Role;

public record AppointmentView(UUID id, UUID doctorId, UUID patientId, String doctorName, String patientName,
		String doctorTimeZone, Instant start, Instant end, AppointmentStatus status, PaymentStatus paymentStatus,
		VisitType visitType, String reason, String cancelReason, Role cancelledBy, Instant holdExpiresAt,
		Instant createdAt, BigDecimal amountDue, String currency) {
}
