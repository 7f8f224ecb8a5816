package org.careslot.appointments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.careslot.doctors.Practice;
import org.careslot.identity.Role;

/**
 * An appointment as it leaves the module. {@code prepaymentRequired}: the doctor takes payment at
 * booking, so a pending visit is only reserved until it is paid ({@code holdExpiresAt}). The
 * {@code reason} is the patient's own words (clinical): participants read it; administrators see
 * only {@code reasonGiven} unless they break the glass.
 */
public record AppointmentView(UUID id, UUID doctorId, UUID patientId, String doctorName, String patientName,
		String doctorTimeZone, Instant start, Instant end, AppointmentStatus status, PaymentStatus paymentStatus,
		VisitType visitType, String reason, String cancelReason, Role cancelledBy, Instant holdExpiresAt,
		Instant createdAt, BigDecimal amountDue, String currency, boolean prepaymentRequired, Practice practice,
		boolean reasonGiven) {

	/** The same appointment without the patient's words, for someone who may manage it but not read them. */
	public AppointmentView withoutReason() {
		return new AppointmentView(id, doctorId, patientId, doctorName, patientName, doctorTimeZone, start, end, status,
				paymentStatus, visitType, null, cancelReason, cancelledBy, holdExpiresAt, createdAt, amountDue, currency,
				prepaymentRequired, practice, reasonGiven);
	}
}
