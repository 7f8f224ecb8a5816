package org.careslot.appointments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.careslot.clinic.ClinicService;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.IdentityService;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
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
					throw ApiException.invalid("patientId", Text.of("booking.patientSelf"));
				}
				yield me.id();
			}
			case ADMIN -> {
				if (booking.patientId() == null) {
					throw ApiException.invalid("patientId", Text.of("booking.patientRequired"));
				}
				yield identity.findActivePatient(booking.patientId())
					.orElseThrow(() -> ApiException.invalid("patientId", Text.of("booking.patientInactive"))).id();
			}
			case DOCTOR -> throw ApiException.unprocessable(Text.of("booking.doctorsCannotBook"));
		};
	}

	/**
	 * However fast they click, a patient holds at most so many visits ahead, and so many with one
	 * doctor: otherwise one account can take a doctor's whole week. The front desk is not capped.
	 */
	void requireWithinCaps(UUID patientId, UUID doctorId, Instant now) {
		long[] open = appointments.openBookings(patientId, doctorId, now);
		if (open[1] >= properties.maxOpenBookingsPerDoctor()) {
			throw ApiException.unprocessable(Text.of("booking.capPerDoctor", "count", open[1]));
		}
		if (open[0] >= properties.maxOpenBookings()) {
			throw ApiException.unprocessable(Text.of("booking.cap", "count", open[0]));
		}
	}

	/** A reservation that lapsed unpaid (or was given up) cannot be taken again by the same patient at once. */
	void requireNotLapsed(UUID patientId, UUID doctorId, Instant start, Instant now) {
		appointments.lapsedUntil(patientId, doctorId, start, now).ifPresent(until -> {
			throw ApiException.unprocessable(Text.of("booking.lapsed", "until", until.truncatedTo(ChronoUnit.MINUTES).toString()));
		});
	}

	/** Patients change a visit online only up to the cutoff; after it, they call the clinic. */
	void requireOutsidePatientCutoff(CurrentUser me, Appointment appointment, Instant now, String action) {
		if (me.is(Role.PATIENT) && appointment.status().live()
				&& !now.isBefore(appointment.startsAt().minus(properties.patientCutoff()))) {
			String phone = clinic.settings().phone();
			long hours = properties.patientCutoff().toHours();
			String number = phone == null ? "" : phone;
			String hasPhone = phone == null ? "no" : "yes";
			throw ApiException.conflict(action.equals("cancel")
					? Text.of("booking.cutoff.cancel", "hours", hours, "phone", number, "hasPhone", hasPhone)
					: Text.of("booking.cutoff.reschedule", "hours", hours, "phone", number, "hasPhone", hasPhone));
		}
	}
}
