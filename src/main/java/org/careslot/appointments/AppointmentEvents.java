package org.careslot.appointments;

/** Marker for the appointment lifecycle events other modules listen to. */
public sealed interface AppointmentEvents permits AppointmentBooked, AppointmentConfirmed, AppointmentRescheduled,
		AppointmentCancelled, AppointmentCompleted, AppointmentMarkedNoShow, AppointmentPaid {
}
