package org.careslot.doctors;

import java.util.UUID;

import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.springframework.stereotype.Component;

/** Who may manage a doctor's schedule: that doctor and administrators. Anyone else gets 404. */
@Component
class DoctorAccess {

	private final DoctorService doctors;

	DoctorAccess(DoctorService doctors) {
		this.doctors = doctors;
	}

	DoctorView manageable(UUID doctorId, CurrentUser me) {
		DoctorView doctor = doctors.find(doctorId).orElseThrow(() -> ApiException.notFound("Doctor"));
		if (me == null || !(me.is(Role.ADMIN) || doctor.userId().equals(me.id()))) {
			throw ApiException.notFound("Doctor");
		}
		return doctor;
	}
}
