package org.careslot.appointments;

public enum PaymentStatus {
	UNPAID, PAID, REFUNDED, FAILED
}
