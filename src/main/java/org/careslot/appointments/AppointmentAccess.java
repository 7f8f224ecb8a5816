package org.careslot.appointments;

import java.util.UUID;

import org.careslot.doctors.DoctorService;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.springframework.stereotype.Component;

/**
 * Who may touch an appointment: its patient, its doctor, an administrator. Anyone else gets the
 * same 404 as for an appointment that does not exist, so ids cannot be probed.
 */
@Component
class AppointmentAccess {

	private final AppointmentRepository appointments;
	private final DoctorService doctors;

	AppointmentAccess(AppointmentRepository appointments, DoctorService doctors) {
		this.appointments = appointments;
		this.doctors = doctors;
	}

	/** The appointment if the caller takes part in it or is an admin; 404 otherwise. */
	Appointment accessible(CurrentUser me, UUID id) {
		Appointment appointment = appointments.find(id).orElseThrow(() -> ApiException.notFound(Text.of("notFound.appointment")));
		boolean allowed = switch (me.role()) {
			case ADMIN -> true;
			case PATIENT -> appointment.patientId().equals(me.id());
			case DOCTOR -> doctors.findByUserId(me.id()).map(d -> d.id().equals(appointment.doctorId())).orElse(false);
		};
		if (!allowed) {
			throw ApiException.notFound(Text.of("notFound.appointment"));
		}
		return appointment;
	}

	/** For the moves only the doctor (or an admin) makes: confirm, complete, no-show. */
	Appointment asDoctorOrAdmin(CurrentUser me, UUID id) {
		Appointment appointment = accessible(me, id);
		if (me.is(Role.PATIENT)) {
			throw ApiException.notFound(Text.of("notFound.appointment")); // patients see it, but these moves are not theirs
		}
		return appointment;
	}
}
