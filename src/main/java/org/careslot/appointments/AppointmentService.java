package org.careslot.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careslot.clinic.ClinicService;
import org.careslot.doctors.DoctorService;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.IdentityService;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.DeadlockRetry;
import org.careslot.platform.Text;
import org.careslot.scheduling.Availability;
import org.careslot.scheduling.SchedulingService;
import org.careslot.scheduling.SlotCalculator;
import org.careslot.scheduling.TimeOff;
import org.careslot.scheduling.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking lifecycle, orchestrated: who may do what, then the slot engine
 * ({@link SlotCalculator#judge}) decides whether a start is bookable, the repository writes, and an
 * event tells the other modules. Double booking is made impossible by the exclusion constraints on
 * {@code appointments}. Writers to one doctor's calendar queue on a lock ({@link CalendarLocks}) so
 * racing inserts do not deadlock in the constraint checks; booking and rescheduling still run in a
 * {@link DeadlockRetry} transaction for the rarer deadlock on the patient's constraint (one patient
 * booking two doctors at once).
 */
@Service
public class AppointmentService {

	private static final Logger log = LoggerFactory.getLogger(AppointmentService.class);

	static final String HOLD_EXPIRED = "Payment was not received in time";

	private final AppointmentRepository appointments;
	private final AppointmentQueries queries;
	private final AppointmentViews views;
	private final AppointmentAccess access;
	private final CalendarLocks locks;
	private final IdempotencyKeys idempotencyKeys;
	private final PatientRules patients;
	private final DoctorService doctors;
	private final SchedulingService scheduling;
	private final AppointmentProperties properties;
	private final ApplicationEventPublisher events;
	private final DeadlockRetry deadlocks;
	private final Clock clock;

	AppointmentService(AppointmentRepository appointments, AppointmentQueries queries, AppointmentViews views,
			AppointmentAccess access, CalendarLocks locks, IdempotencyKeys idempotencyKeys, PatientRules patients,
			DoctorService doctors, SchedulingService scheduling,
			AppointmentProperties properties, ApplicationEventPublisher events, DeadlockRetry deadlocks, Clock clock) {
		this.appointments = appointments;
		this.queries = queries;
		this.views = views;
		this.access = access;
		this.locks = locks;
		this.idempotencyKeys = idempotencyKeys;
		this.patients = patients;
		this.doctors = doctors;
		this.scheduling = scheduling;
		this.properties = properties;
		this.events = events;
		this.deadlocks = deadlocks;
		this.clock = clock;
	}

	/** @return the appointment, and whether this call created it (false: an idempotent replay) */
	public record BookingResult(AppointmentView appointment, boolean created) {
	}

	public BookingResult book(CurrentUser patient, Booking booking, String idempotencyKey) {
		return deadlocks.inTransaction(() -> bookOnce(patient, booking, idempotencyKey));
	}

	private BookingResult bookOnce(CurrentUser me, Booking booking, String idempotencyKey) {
		UUID patientId = patients.patientFor(me, booking);
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		if (idempotencyKey != null) {
			Optional<UUID> replay = idempotencyKeys.claim(me.id(), idempotencyKey, booking, id, now);
			if (replay.isPresent()) {
				return new BookingResult(queries.view(replay.get()).orElseThrow(), false);
			}
		}
		DoctorService.BookingTerms doctor = doctors.bookingTerms(booking.doctorId())
			.orElseThrow(() -> ApiException.notFound(Text.of("notFound.doctor")));
		Availability availability = availabilityOn(doctor.doctorId(), booking.start());
		TimeRange slot = requireBookable(availability, booking.start(), now);
		if (me.is(Role.PATIENT)) {
			locks.lockPatient(patientId); // one patient's bookings one at a time, so the caps hold under races
			patients.requireWithinCaps(patientId, doctor.doctorId(), now);
		}
		locks.lockDoctor(doctor.doctorId());
		Instant hold = null;
		if (doctor.prepaymentRequired()) {
			releaseExpiredHolds(doctor.doctorId(), now); // only such doctors ever have holds
			hold = now.plus(properties.holdDuration());
		}
		if (me.is(Role.PATIENT)) {
			patients.requireNotLapsed(patientId, doctor.doctorId(), slot.start(), now); // after the sweep just above
		}
		Appointment appointment = new Appointment(id, doctor.doctorId(), patientId, slot.start(),
				availability.slotLength(), availability.buffer(), booking.visitTypeOrDefault(), booking.reasonOrEmpty(),
				hold, me.id().equals(patientId) ? null : me.id(), now);
		AppointmentView view = appointments.insert(appointment);
		events.publishEvent(new AppointmentBooked(id, doctor.doctorId(), patientId, slot.start(), slot.end(),
				me.is(Role.ADMIN), hold));
		byAdmin(me, "booked for a patient", id);
		return new BookingResult(view, true);
	}

	/** What administrators do to other people's appointments is attributable: ids only in the log. */
	private static void byAdmin(CurrentUser me, String action, UUID appointmentId) {
		if (me.is(Role.ADMIN)) {
			log.info("Appointment {} {} by admin {}", appointmentId, action, me.id());
		}
	}

	public AppointmentView reschedule(CurrentUser me, UUID id, Instant newStart) {
		return deadlocks.inTransaction(() -> rescheduleOnce(me, id, newStart));
	}

	private AppointmentView rescheduleOnce(CurrentUser me, UUID id, Instant newStart) {
		Appointment appointment = access.accessible(me, id);
		Instant now = clock.instant();
		patients.requireOutsidePatientCutoff(me, appointment, now, "reschedule");
		Availability availability = availabilityOn(appointment.doctorId(), newStart);
		TimeRange slot = requireBookable(availability, newStart, now);
		Instant previous = appointment.startsAt();
		locks.lockDoctor(appointment.doctorId());
		releaseExpiredHolds(appointment.doctorId(), now); // rare path: keep it simple and always release
		// one UPDATE: the database moves the booking only if the new range is free, so the old
		// slot is never given up for a new one that turns out to be taken
		appointment.moveTo(slot.start(), availability.slotLength(), availability.buffer(), now);
		appointments.update(appointment);
		events.publishEvent(new AppointmentRescheduled(id, appointment.doctorId(), appointment.patientId(), previous,
				slot.start(), slot.end()));
		byAdmin(me, "rescheduled", id);
		return queries.view(id).orElseThrow();
	}

	@Transactional
	public AppointmentView cancel(CurrentUser me, UUID id, String reason) {
		Appointment appointment = access.accessible(me, id);
		Instant now = clock.instant();
		patients.requireOutsidePatientCutoff(me, appointment, now, "cancel");
		boolean beforeCutoff = now.isBefore(appointment.startsAt().minus(properties.patientCutoff()));
		locks.lockDoctor(appointment.doctorId());
		if (me.is(Role.PATIENT) && appointment.holdExpiresAt() != null) {
			// giving up an unpaid reservation and taking it again would renew it forever
			appointments.rememberLapsed(List.of(appointment.id()), now.plus(properties.reholdCooloff()));
		}
		appointment.cancel(me.id(), me.role(), reason == null ? "" : reason.strip(), now);
		appointments.update(appointment);
		events.publishEvent(new AppointmentCancelled(id, appointment.doctorId(), appointment.patientId(),
				appointment.startsAt(), me.role(), beforeCutoff, reason));
		byAdmin(me, "cancelled", id);
		return queries.view(id).orElseThrow();
	}

	@Transactional
	public AppointmentView confirm(CurrentUser me, UUID id) {
		Appointment appointment = access.asDoctorOrAdmin(me, id);
		appointment.confirm(clock.instant());
		appointments.update(appointment);
		events.publishEvent(new AppointmentConfirmed(id, appointment.doctorId(), appointment.patientId(),
				appointment.startsAt()));
		return queries.view(id).orElseThrow();
	}

	@Transactional
	public AppointmentView complete(CurrentUser me, UUID id) {
		Appointment appointment = access.asDoctorOrAdmin(me, id);
		appointment.complete(clock.instant());
		appointments.update(appointment);
		events.publishEvent(new AppointmentCompleted(id, appointment.doctorId(), appointment.patientId()));
		return queries.view(id).orElseThrow();
	}

	@Transactional
	public AppointmentView noShow(CurrentUser me, UUID id) {
		Appointment appointment = access.asDoctorOrAdmin(me, id);
		appointment.noShow(clock.instant(), properties.noShowGrace());
		appointments.update(appointment);
		events.publishEvent(new AppointmentMarkedNoShow(id, appointment.doctorId(), appointment.patientId()));
		return queries.view(id).orElseThrow();
	}

	/** The appointment as its reader may see it (participants, admins); 404 for anyone else. */
	@Transactional(readOnly = true)
	public AppointmentView find(CurrentUser me, UUID id) {
		return views.find(me, id, null);
	}

	/**
	 * Records the outcome of a payment on the appointment; a paid appointment is no longer held. A
	 * declined payment that was optional (the doctor does not take payment at booking) leaves the
	 * visit unpaid, not "failed": nothing was owed yet.
	 * @return true if the appointment is still live (pending or confirmed), so the money is for
	 *         a visit that will happen; false means the caller should give it back
	 */
	@Transactional
	public boolean recordPayment(UUID id, PaymentStatus status) {
		AppointmentRepository.Changed after = appointments.recordPayment(id, status, clock.instant())
			.orElseThrow(() -> ApiException.notFound(Text.of("notFound.appointment")));
		if (status == PaymentStatus.PAID && after.status().live()) {
			events.publishEvent(new AppointmentPaid(id, after.doctorId(), after.patientId(), after.start()));
		}
		return after.status().live();
	}

	/** Cancels pending bookings whose prepayment hold ran out; safe on any number of nodes. */
	@Transactional
	public int expireHolds() {
		return releaseExpiredHolds(null, clock.instant());
	}

	private Availability availabilityOn(UUID doctorId, Instant start) {
		// the date in the doctor's zone; read a day either side so the date is always covered
		LocalDate around = LocalDate.ofInstant(start, ZoneOffset.UTC);
		return scheduling.availability(doctorId, around.minusDays(1), around.plusDays(1))
			.orElseThrow(() -> ApiException.unprocessable(Text.of("booking.noHours")));
	}

	/** The slot engine judges; booked time is left to the exclusion constraints, which cannot race. */
	private static TimeRange requireBookable(Availability availability, Instant start, Instant now) {
		SlotCalculator.Verdict verdict = SlotCalculator.judge(availability, start, List.of(), now);
		if (!verdict.bookable()) {
			throw ApiException.unprocessable(verdict.refusal().explain(availability));
		}
		return verdict.slot();
	}

	/**
	 * One UPDATE for all expired holds (of one doctor, or of everyone when doctorId is null). The
	 * calendars concerned are locked first, in a fixed order, like every other calendar change.
	 */
	private int releaseExpiredHolds(UUID doctorId, Instant now) {
		(doctorId != null ? List.of(doctorId) : appointments.calendarsWithExpiredHolds(now)).forEach(locks::lockDoctor);
		List<AppointmentRepository.Changed> expired = appointments.cancelExpiredHolds(doctorId, HOLD_EXPIRED, now);
		appointments.rememberLapsed(expired.stream().map(AppointmentRepository.Changed::id).toList(),
				now.plus(properties.reholdCooloff()));
		expired.forEach(a -> events.publishEvent(
				new AppointmentCancelled(a.id(), a.doctorId(), a.patientId(), a.start(), null, true, HOLD_EXPIRED)));
		return expired.size();
	}
}
