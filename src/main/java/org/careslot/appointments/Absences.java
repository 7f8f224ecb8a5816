package org.careslot.appointments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careslot.doctors.DoctorService;
import org.careslot.identity.CurrentUser;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.careslot.scheduling.SchedulingService;
import org.careslot.scheduling.TimeOff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A doctor's time off, booked into the calendar so it never silently drops a visit. */
@Service
class Absences {

	private final AppointmentService appointments;
	private final AppointmentQueries queries;
	private final CalendarLocks locks;
	private final DoctorService doctors;
	private final SchedulingService scheduling;

	Absences(AppointmentService appointments, AppointmentQueries queries, CalendarLocks locks, DoctorService doctors,
			SchedulingService scheduling) {
		this.appointments = appointments;
		this.queries = queries;
		this.locks = locks;
		this.doctors = doctors;
		this.scheduling = scheduling;
	}

	/** Time off, and what to do with the visits already booked in it. */
	record Absence(Instant start, Instant end, String reason, boolean cancelBookedVisits, String cancellationReason) {
	}

	/**
	 * Blocks time in a doctor's calendar. Visits already booked in it are never dropped silently: the
	 * request is refused with a 409 that lists them, unless it says to cancel them (with a reason the
	 * patients are told); then they are cancelled by the caller, refunded per policy and notified,
	 * in the same transaction as the time off.
	 */
	@Transactional
	TimeOff blockTime(CurrentUser me, UUID doctorId, Absence absence) {
		doctors.manageable(doctorId, me);
		locks.lockDoctor(doctorId);
		List<AppointmentView> covered = queries.liveBetween(doctorId, absence.start(), absence.end());
		if (!covered.isEmpty() && !absence.cancelBookedVisits()) {
			throw ApiException.conflict(Text.of("timeOff.coversVisits", "count", covered.size()))
				.withType(TIME_OFF_COVERS_VISITS, Map.of("appointments", covered));
		}
		if (!covered.isEmpty() && (absence.cancellationReason() == null || absence.cancellationReason().isBlank())) {
			throw ApiException.invalid("cancellationReason", Text.of("timeOff.cancellationReason"));
		}
		TimeOff off = scheduling.addTimeOff(doctorId, absence.start(), absence.end(), absence.reason());
		covered.forEach(visit -> appointments.cancel(me, visit.id(), absence.cancellationReason()));
		return off;
	}

	static final String TIME_OFF_COVERS_VISITS = "urn:careslot:problem:time-off-covers-visits";
}
