package org.careslot.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careslot.doctors.DoctorService;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.careslot.scheduling.Availability;
import org.careslot.scheduling.SchedulingService;
import org.careslot.scheduling.SlotCalculator;
import org.careslot.scheduling.TimeRange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each reader may see of appointments and free time: one appointment, lists, a doctor's
 * patients, a doctor's free slots. Administrators see that a reason was given, and read it only by
 * breaking the glass.
 */
@Service
class AppointmentViews {

	private final AppointmentQueries queries;
	private final AppointmentAccess access;
	private final DoctorService doctors;
	private final SchedulingService scheduling;
	private final CareTeam careTeam;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AppointmentViews(AppointmentQueries queries, AppointmentAccess access, DoctorService doctors,
			SchedulingService scheduling, CareTeam careTeam, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.doctors = doctors;
		this.scheduling = scheduling;
		this.careTeam = careTeam;
		this.events = events;
		this.clock = clock;
	}

	/** @param glass an administrator who breaks the glass to read the visit's reason; null otherwise */
	@Transactional
	AppointmentView find(CurrentUser me, UUID id, BreakGlass glass) {
		access.accessible(me, id);
		return forReader(me, List.of(queries.view(id).orElseThrow()), glass).get(0);
	}

	/** An administrator's stated reason for reading patients' words, and where they asked from (audited). */
	record BreakGlass(String reason, String address) {
	}

	/**
	 * Participants read the visit's reason; administrators see that one was given, unless they break
	 * the glass, which is announced so the record's audit log keeps it.
	 */
	private List<AppointmentView> forReader(CurrentUser me, List<AppointmentView> views, BreakGlass glass) {
		if (!me.is(Role.ADMIN)) {
			return views;
		}
		if (glass == null) {
			return views.stream().map(AppointmentView::withoutReason).toList();
		}
		List<UUID> patients = views.stream().filter(AppointmentView::reasonGiven).map(AppointmentView::patientId).distinct().toList();
		if (!patients.isEmpty()) {
			events.publishEvent(new AppointmentReasonsRead(me.id(), patients, glass.reason(), glass.address()));
		}
		return views;
	}

	/**
	 * The caller's own (patient), their patients' (doctor), or all (admin, optionally of one doctor or
	 * patient). A doctor or patient filter never widens what a patient or doctor may see.
	 */
	@Transactional
	AppointmentQueries.Page list(CurrentUser me, AppointmentQueries.Filter filter, BreakGlass glass) {
		AppointmentQueries.Page page = list(me, filter);
		return new AppointmentQueries.Page(forReader(me, page.items(), glass), page.total());
	}

	private AppointmentQueries.Page list(CurrentUser me, AppointmentQueries.Filter filter) {
		AppointmentQueries.Page none = new AppointmentQueries.Page(List.of(), 0);
		return switch (me.role()) {
			case PATIENT -> filter.patientId() == null || filter.patientId().equals(me.id())
					? queries.list(filter.scopedTo(filter.doctorId(), me.id())) : none;
			case DOCTOR -> doctors.findByUserId(me.id())
				.filter(d -> filter.doctorId() == null || d.id().equals(filter.doctorId()))
				.map(d -> queries.list(filter.scopedTo(d.id(), filter.patientId())))
				.orElse(none);
			case ADMIN -> queries.list(filter);
		};
	}

	@Transactional(readOnly = true)
	List<AppointmentQueries.PatientSummary> patientsOf(CurrentUser me) {
		var doctor = doctors.findByUserId(me.id()).orElseThrow(() -> ApiException.notFound(Text.of("notFound.doctor")));
		return queries.patientsOf(doctor.id(), clock.instant(), careTeam.openSince());
	}

	/** Free slots of a listed doctor between two dates of their zone; 404 for anyone else. */
	@Transactional(readOnly = true)
	List<TimeRange> freeSlots(UUID doctorId, LocalDate from, LocalDate to) {
		doctors.bookingTerms(doctorId).orElseThrow(() -> ApiException.notFound(Text.of("notFound.doctor")));
		Availability availability = scheduling.availability(doctorId, from, to).orElse(null);
		if (availability == null) {
			return List.of();
		}
		Instant windowStart = from.atStartOfDay(availability.zone()).toInstant().minus(Duration.ofDays(1));
		Instant windowEnd = to.plusDays(2).atStartOfDay(availability.zone()).toInstant();
		Instant now = clock.instant();
		return SlotCalculator.freeSlots(availability, from, to, queries.busy(doctorId, windowStart, windowEnd, now),
				availability.timeOff(), now);
	}
}
