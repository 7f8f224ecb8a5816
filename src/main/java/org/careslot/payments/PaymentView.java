package org.careslot.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment as its patient and admins see it. */
public record PaymentView(UUID id, UUID appointmentId, String doctorName, String patientName, Instant start,
		BigDecimal amount, String currency, PaymentState status, BigDecimal refundedAmount, String provider,
		String transactionId, Instant createdAt) {
}
