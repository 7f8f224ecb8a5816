package org.careslot.appointments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.careslot.doctors.Practice;
import org.careslot.identity.Role;

/**
 * An appointment as it leaves the module. {@code prepaymentRequired}: the doctor takes payment at
 * booking, so a pending visit is only reserved until it is paid ({@code holdExpiresAt}).
 */
public record AppointmentView(UUID id, UUID doctorId, UUID patientId, String doctorName, String patientName,
		String doctorTimeZone, Instant start, Instant end, AppointmentStatus status, PaymentStatus paymentStatus,
		VisitType visitType, String reason, String cancelReason, Role cancelledBy, Instant holdExpiresAt,
		Instant createdAt, BigDecimal amountDue, String currency, boolean prepaymentRequired, Practice practice) {
}
