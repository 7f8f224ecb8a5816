package org.careslot.appointments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.careslot.clinic.ClinicService;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.IdentityService;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.springframework.stereotype.Component;

/**
 * For whom a booking is, and the limits on what patients do online: caps on open bookings, no
 * re-taking a lapsed reservation at once, no changes after the cutoff. The front desk is not bound
 * by them.
 */
@Component
class PatientRules {

	private final AppointmentRepository appointments;
	private final IdentityService identity;
	private final ClinicService clinic;
	private final AppointmentProperties properties;

	PatientRules(AppointmentRepository appointments, IdentityService identity, ClinicService clinic,
			AppointmentProperties properties) {
		this.appointments = appointments;
		this.identity = identity;
		this.clinic = clinic;
		this.properties = properties;
	}

	/** Patients book for themselves; the front desk (admins) for a patient they name. */
	UUID patientFor(CurrentUser me, Booking booking) {
		return switch (me.role()) {
			case PATIENT -> {
				if (booking.patientId() != null && !booking.patientId().equals(me.id())) {
					throw ApiException.invalid("patientId", "patients book for themselves; leave it out");
				}
				yield me.id();
			}
			case ADMIN -> {
				if (booking.patientId() == null) {
					throw ApiException.invalid("patientId", "name the patient this visit is for");
				}
				yield identity.findActivePatient(booking.patientId())
					.orElseThrow(() -> ApiException.invalid("patientId", "is not an active patient account")).id();
			}
			case DOCTOR -> throw ApiException.unprocessable("Doctors cannot book appointments; patients or the front desk do");
		};
	}

	/**
	 * However fast they click, a patient holds at most so many visits ahead, and so many with one
	 * doctor: otherwise one account can take a doctor's whole week. The front desk is not capped.
	 */
	void requireWithinCaps(UUID patientId, UUID doctorId, Instant now) {
		long[] open = appointments.openBookings(patientId, doctorId, now);
		if (open[1] >= properties.maxOpenBookingsPerDoctor()) {
			throw ApiException.unprocessable("You already have " + open[1] + " upcoming visits with this doctor; cancel one, "
					+ "or book again once one has taken place");
		}
		if (open[0] >= properties.maxOpenBookings()) {
			throw ApiException.unprocessable("You already have " + open[0] + " upcoming visits booked; cancel one, or book "
					+ "again once one has taken place");
		}
	}

	/** A reservation that lapsed unpaid (or was given up) cannot be taken again by the same patient at once. */
	void requireNotLapsed(UUID patientId, UUID doctorId, Instant start, Instant now) {
		appointments.lapsedUntil(patientId, doctorId, start, now).ifPresent(until -> {
			throw ApiException.unprocessable("Your reservation of this time lapsed unpaid; you can reserve it again from "
					+ until.truncatedTo(ChronoUnit.MINUTES) + ", or choose another time");
		});
	}

	/** Patients change a visit online only up to the cutoff; after it, they call the clinic. */
	void requireOutsidePatientCutoff(CurrentUser me, Appointment appointment, Instant now, String action) {
		if (me.is(Role.PATIENT) && appointment.status().live()
				&& !now.isBefore(appointment.startsAt().minus(properties.patientCutoff()))) {
			String phone = clinic.settings().phone();
			throw ApiException.conflict("Appointments can only be " + (action.equals("cancel") ? "cancelled" : "rescheduled")
					+ " online up to " + properties.patientCutoff().toHours() + " hours before they start; please call the clinic"
					+ (phone == null ? "" : " on " + phone));
		}
	}
}
