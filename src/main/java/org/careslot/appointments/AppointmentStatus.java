package org.careslot.appointments;

/** PENDING → CONFIRMED → COMPLETED, or CANCELLED, or NO_SHOW. PENDING and CONFIRMED hold the slot. */
public enum AppointmentStatus {
	PENDING, CONFIRMED, COMPLETED, CANCELLED, NO_SHOW;

	public boolean live() {
		return this == PENDING || this == CONFIRMED;
	}
}
