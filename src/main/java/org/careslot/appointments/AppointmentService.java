package org.careslot.appointments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.careslot.clinic.ClinicService;
import org.careslot.doctors.DoctorService;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.IdentityService;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.DeadlockRetry;
import org.careslot.scheduling.Availability;
import org.careslot.scheduling.SchedulingService;
import org.careslot.scheduling.SlotCalculator;
import org.careslot.scheduling.TimeOff;
import org.careslot.scheduling.TimeRange;
import org.postgresql.util.PSQLException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking lifecycle. Double booking is made impossible by the exclusion constraints on
 * {@code appointments}; this service checks everything else (is it a real slot, is it too soon,
 * who may do what) and turns constraint violations into clear 409s. Writers to one doctor's
 * calendar queue on a lock so racing inserts do not deadlock in the constraint checks; booking
 * and rescheduling still run in a {@link DeadlockRetry} transaction for the rarer deadlock on the
 * patient's constraint (one patient booking two doctors at once).
 */
@Service
public class AppointmentService {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AppointmentService.class);

	static final String DOCTOR_OVERLAP = "appointments_doctor_no_overlap";
	static final String PATIENT_OVERLAP = "appointments_patient_no_overlap";
	static final String HOLD_EXPIRED = "Payment was not received in time";

	private final AppointmentRepository appointments;
	private final AppointmentQueries queries;
	private final DoctorService doctors;
	private final IdentityService identity;
	private final ClinicService clinic;
	private final CareTeam careTeam;
	private final SchedulingService scheduling;
	private final AppointmentProperties properties;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final DeadlockRetry deadlocks;
	private final Clock clock;

	AppointmentService(AppointmentRepository appointments, AppointmentQueries queries, DoctorService doctors,
			IdentityService identity, ClinicService clinic, CareTeam careTeam, SchedulingService scheduling, AppointmentProperties properties, ApplicationEventPublisher events,
			JdbcClient jdbc, DeadlockRetry deadlocks, Clock clock) {
		this.appointments = appointments;
		this.queries = queries;
		this.doctors = doctors;
		this.identity = identity;
		this.clinic = clinic;
		this.careTeam = careTeam;
		this.scheduling = scheduling;
		this.properties = properties;
		this.events = events;
		this.jdbc = jdbc;
		this.deadlocks = deadlocks;
		this.clock = clock;
	}

	/** @param patientId who the visit is for when the front desk (an admin) books; null = the caller */
	public record Booking(UUID doctorId, Instant start, String reason, VisitType visitType, UUID patientId) {
	}

	/** @return the appointment, and whether this call created it (false: an idempotent replay) */
	public record BookingResult(AppointmentView appointment, boolean created) {
	}

	public BookingResult book(CurrentUser patient, Booking booking, String idempotencyKey) {
		return deadlocks.inTransaction(() -> bookOnce(patient, booking, idempotencyKey));
	}

	private BookingResult bookOnce(CurrentUser me, Booking booking, String idempotencyKey) {
		UUID patientId = patientFor(me, booking);
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		if (idempotencyKey != null) {
			Optional<AppointmentView> replay = claimKey(me.id(), idempotencyKey, hash(booking), id, now);
			if (replay.isPresent()) {
				return new BookingResult(replay.get(), false);
			}
		}
		DoctorService.BookingTerms doctor = doctors.bookingTerms(booking.doctorId())
			.orElseThrow(() -> ApiException.notFound("Doctor"));
		Availability availability = availabilityOn(doctor.doctorId(), booking.start());
		TimeRange slot = requireBookable(doctor.doctorId(), availability, booking.start(), now);
		if (me.is(Role.PATIENT)) {
			queries.lockPatient(patientId); // one patient's bookings one at a time, so the caps hold under races
			requireWithinCaps(patientId, doctor.doctorId(), now);
		}
		queries.lockDoctorCalendar(doctor.doctorId());
		Instant hold = null;
		if (doctor.prepaymentRequired()) {
			releaseExpiredHolds(doctor.doctorId(), now); // only such doctors ever have holds
			hold = now.plus(properties.holdDuration());
		}
		if (me.is(Role.PATIENT)) {
			requireNotLapsed(patientId, doctor.doctorId(), slot.start(), now); // after the sweep just above
		}
		Appointment appointment = new Appointment(id, doctor.doctorId(), patientId, slot.start(),
				availability.slotLength(), availability.buffer(), booking.visitType() == null ? VisitType.IN_PERSON
						: booking.visitType(), booking.reason() == null ? "" : booking.reason().strip(), hold,
				me.id().equals(patientId) ? null : me.id(), now);
		AppointmentView view = translateOverlap(() -> queries.insert(appointment));
		events.publishEvent(new AppointmentBooked(id, doctor.doctorId(), patientId, slot.start(), slot.end(),
				me.is(Role.ADMIN), hold));
		byAdmin(me, "booked for a patient", id);
		return new BookingResult(view, true);
	}

	/**
	 * However fast they click, a patient holds at most so many visits ahead, and so many with one
	 * doctor: otherwise one account can take a doctor's whole week. The front desk is not capped.
	 */
	private void requireWithinCaps(UUID patientId, UUID doctorId, Instant now) {
		long[] open = queries.openBookings(patientId, doctorId, now);
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
	private void requireNotLapsed(UUID patientId, UUID doctorId, Instant start, Instant now) {
		queries.lapsedUntil(patientId, doctorId, start, now).ifPresent(until -> {
			throw ApiException.unprocessable("Your reservation of this time lapsed unpaid; you can reserve it again from "
					+ until.truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + ", or choose another time");
		});
	}

	/** What administrators do to other people's appointments is attributable: ids only in the log. */
	private static void byAdmin(CurrentUser me, String action, UUID appointmentId) {
		if (me.is(Role.ADMIN)) {
			log.info("Appointment {} {} by admin {}", appointmentId, action, me.id());
		}
	}

	/** Patients book for themselves; the front desk (admins) for a patient they name. */
	private UUID patientFor(CurrentUser me, Booking booking) {
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

	public AppointmentView reschedule(CurrentUser me, UUID id, Instant newStart) {
		return deadlocks.inTransaction(() -> rescheduleOnce(me, id, newStart));
	}

	private AppointmentView rescheduleOnce(CurrentUser me, UUID id, Instant newStart) {
		Appointment appointment = accessible(me, id);
		Instant now = clock.instant();
		requireOutsidePatientCutoff(me, appointment, now, "reschedule");
		Availability availability = availabilityOn(appointment.doctorId(), newStart);
		TimeRange slot = requireBookable(appointment.doctorId(), availability, newStart, now);
		Instant previous = appointment.startsAt();
		queries.lockDoctorCalendar(appointment.doctorId());
		releaseExpiredHolds(appointment.doctorId(), now); // rare path: keep it simple and always release
		// one UPDATE: the database moves the booking only if the new range is free, so the old
		// slot is never given up for a new one that turns out to be taken
		appointment.moveTo(slot.start(), availability.slotLength(), availability.buffer(), now);
		save(appointment);
		events.publishEvent(new AppointmentRescheduled(id, appointment.doctorId(), appointment.patientId(), previous,
				slot.start(), slot.end()));
		byAdmin(me, "rescheduled", id);
		return queries.view(id).orElseThrow();
	}

	@Transactional
	public AppointmentView cancel(CurrentUser me, UUID id, String reason) {
		Appointment appointment = accessible(me, id);
		Instant now = clock.instant();
		requireOutsidePatientCutoff(me, appointment, now, "cancel");
		boolean beforeCutoff = now.isBefore(appointment.startsAt().minus(properties.patientCutoff()));
		queries.lockDoctorCalendar(appointment.doctorId());
		if (me.is(Role.PATIENT) && appointment.holdExpiresAt() != null) {
			// giving up an unpaid reservation and taking it again would renew it forever
			queries.rememberLapsed(List.of(appointment.id()), now.plus(properties.reholdCooloff()));
		}
		appointment.cancel(me.id(), me.role(), reason == null ? "" : reason.strip(), now);
		save(appointment);
		events.publishEvent(new AppointmentCancelled(id, appointment.doctorId(), appointment.patientId(),
				appointment.startsAt(), me.role(), beforeCutoff, reason));
		byAdmin(me, "cancelled", id);
		return queries.view(id).orElseThrow();
	}

	/** Time off, and what to do with the visits already booked in it. */
	public record Absence(Instant start, Instant end, String reason, boolean cancelBookedVisits, String cancellationReason) {
	}

	/**
	 * Blocks time in a doctor's calendar. Visits already booked in it are never dropped silently: the
	 * request is refused with a 409 that lists them, unless it says to cancel them (with a reason the
	 * patients are told); then they are cancelled by the caller, refunded per policy and notified,
	 * in the same transaction as the time off.
	 */
	@Transactional
	public TimeOff blockTime(CurrentUser me, UUID doctorId, Absence absence) {
		doctors.manageable(doctorId, me);
		queries.lockDoctorCalendar(doctorId);
		List<AppointmentView> covered = queries.liveBetween(doctorId, absence.start(), absence.end());
		if (!covered.isEmpty() && !absence.cancelBookedVisits()) {
			throw ApiException.conflict(covered.size() + (covered.size() == 1 ? " booked visit lies" : " booked visits lie")
					+ " in this time; cancel " + (covered.size() == 1 ? "it" : "them") + " with a reason, or choose other times")
				.withType(TIME_OFF_COVERS_VISITS, java.util.Map.of("appointments", covered));
		}
		if (!covered.isEmpty() && (absence.cancellationReason() == null || absence.cancellationReason().isBlank())) {
			throw ApiException.invalid("cancellationReason", "tell the patients why their visits are cancelled");
		}
		TimeOff off = scheduling.addTimeOff(doctorId, absence.start(), absence.end(), absence.reason());
		covered.forEach(visit -> cancel(me, visit.id(), absence.cancellationReason()));
		return off;
	}

	static final String TIME_OFF_COVERS_VISITS = "urn:careslot:problem:time-off-covers-visits";

	@Transactional
	public AppointmentView confirm(CurrentUser me, UUID id) {
		Appointment appointment = asDoctorOrAdmin(me, id);
		appointment.confirm(clock.instant());
		save(appointment);
		events.publishEvent(new AppointmentConfirmed(id, appointment.doctorId(), appointment.patientId(),
				appointment.startsAt()));
		return queries.view(id).orElseThrow();
	}

	@Transactional
	public AppointmentView complete(CurrentUser me, UUID id) {
		Appointment appointment = asDoctorOrAdmin(me, id);
		appointment.complete(clock.instant());
		save(appointment);
		events.publishEvent(new AppointmentCompleted(id, appointment.doctorId(), appointment.patientId()));
		return queries.view(id).orElseThrow();
	}

	@Transactional
	public AppointmentView noShow(CurrentUser me, UUID id) {
		Appointment appointment = asDoctorOrAdmin(me, id);
		appointment.noShow(clock.instant(), properties.noShowGrace());
		save(appointment);
		events.publishEvent(new AppointmentMarkedNoShow(id, appointment.doctorId(), appointment.patientId()));
		return queries.view(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public AppointmentView find(CurrentUser me, UUID id) {
		return find(me, id, null);
	}

	/** @param glass an administrator who breaks the glass to read the visit's reason; null otherwise */
	@Transactional
	public AppointmentView find(CurrentUser me, UUID id, BreakGlass glass) {
		accessible(me, id);
		return forReader(me, List.of(queries.view(id).orElseThrow()), glass).get(0);
	}

	/** An administrator's stated reason for reading patients' words, and where they asked from (audited). */
	public record BreakGlass(String reason, String address) {
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
	public AppointmentQueries.Page list(CurrentUser me, AppointmentQueries.Filter filter, BreakGlass glass) {
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
		var doctor = doctors.findByUserId(me.id()).orElseThrow(() -> ApiException.notFound("Doctor"));
		return queries.patientsOf(doctor.id(), clock.instant(), careTeam.openSince());
	}

	/** Free slots of a listed doctor between two dates of their zone; 404 for anyone else. */
	@Transactional(readOnly = true)
	public List<TimeRange> freeSlots(UUID doctorId, LocalDate from, LocalDate to) {
		doctors.bookingTerms(doctorId).orElseThrow(() -> ApiException.notFound("Doctor"));
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

	/**
	 * Records the outcome of a payment on the appointment; a paid appointment is no longer held. A
	 * declined payment that was optional (the doctor does not take payment at booking) leaves the
	 * visit unpaid, not "failed": nothing was owed yet.
	 * @return true if the appointment is still live (pending or confirmed), so the money is for
	 *         a visit that will happen; false means the caller should give it back
	 */
	@Transactional
	public boolean recordPayment(UUID id, PaymentStatus status) {
		record After(AppointmentStatus status, UUID doctorId, UUID patientId, Instant start) {
		}
		After after = jdbc.sql("""
				UPDATE appointments a SET updated_at = :now, version = a.version + 1,
				  payment_status = CASE WHEN :status = 'FAILED' AND NOT d.prepayment_required THEN a.payment_status ELSE :status END,
				  hold_expires_at = CASE WHEN :status = 'PAID' AND a.status IN ('PENDING', 'CONFIRMED') THEN NULL ELSE a.hold_expires_at END
				FROM doctors d
				WHERE a.id = :id AND d.id = a.doctor_id
				RETURNING a.status, a.doctor_id, a.patient_id, a.starts_at
				""")
			.param("status", status.name())
			.param("now", AppointmentQueries.utc(clock.instant()))
			.param("id", id)
			.query((rs, n) -> new After(AppointmentStatus.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
			.optional()
			.orElseThrow(() -> ApiException.notFound("Appointment"));
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
		LocalDate around = LocalDate.ofInstant(start, java.time.ZoneOffset.UTC);
		Availability wide = scheduling.availability(doctorId, around.minusDays(1), around.plusDays(1))
			.orElseThrow(() -> ApiException.unprocessable("This doctor has not published any hours yet"));
		return wide;
	}

	private TimeRange requireBookable(UUID doctorId, Availability availability, Instant start, Instant now) {
		LocalDate date = LocalDate.ofInstant(start, availability.zone());
		TimeRange slot = SlotCalculator.gridOn(availability, date).stream()
			.filter(s -> s.start().equals(start))
			.findFirst()
			.orElseThrow(() -> ApiException.unprocessable("That time is not a bookable slot in the doctor's hours"));
		if (slot.start().isBefore(now)) {
			throw ApiException.unprocessable("That time is in the past");
		}
		if (slot.start().isBefore(now.plus(availability.minNotice()))) {
			throw ApiException.unprocessable("That time is too soon; this doctor needs "
					+ availability.minNotice().toMinutes() + " minutes' notice");
		}
		if (date.isAfter(LocalDate.ofInstant(now, availability.zone()).plusDays(availability.horizonDays()))) {
			throw ApiException.unprocessable("That time is too far ahead; this doctor takes bookings up to "
					+ availability.horizonDays() + " days ahead");
		}
		if (availability.timeOff().stream().anyMatch(off -> off.overlaps(slot))) {
			throw ApiException.unprocessable("The doctor is not available at that time");
		}
		return slot;
	}

	private void requireOutsidePatientCutoff(CurrentUser me, Appointment appointment, Instant now, String action) {
		if (me.is(Role.PATIENT) && appointment.status().live()
				&& !now.isBefore(appointment.startsAt().minus(properties.patientCutoff()))) {
			String phone = clinic.settings().phone();
			throw ApiException.conflict("Appointments can only be " + (action.equals("cancel") ? "cancelled" : "rescheduled")
					+ " online up to " + properties.patientCutoff().toHours() + " hours before they start; please call the clinic"
					+ (phone == null ? "" : " on " + phone));
		}
	}

	/** The appointment if the caller takes part in it or is an admin; 404 otherwise. */
	private Appointment accessible(CurrentUser me, UUID id) {
		Appointment appointment = appointments.findById(id).orElseThrow(() -> ApiException.notFound("Appointment"));
		boolean allowed = switch (me.role()) {
			case ADMIN -> true;
			case PATIENT -> appointment.patientId().equals(me.id());
			case DOCTOR -> isDoctorOf(me, appointment);
		};
		if (!allowed) {
			throw ApiException.notFound("Appointment");
		}
		return appointment;
	}

	private Appointment asDoctorOrAdmin(CurrentUser me, UUID id) {
		Appointment appointment = accessible(me, id);
		if (me.is(Role.PATIENT)) {
			throw ApiException.notFound("Appointment"); // patients see it, but these moves are not theirs
		}
		return appointment;
	}

	private boolean isDoctorOf(CurrentUser me, Appointment appointment) {
		return doctors.findByUserId(me.id()).map(d -> d.id().equals(appointment.doctorId())).orElse(false);
	}

	/**
	 * One UPDATE for all expired holds (of one doctor, or of everyone when doctorId is null). The
	 * calendars concerned are locked first, in a fixed order, like every other calendar change.
	 */
	private int releaseExpiredHolds(UUID doctorId, Instant now) {
		List<UUID> calendars = doctorId != null ? List.of(doctorId) : jdbc.sql("""
				SELECT DISTINCT doctor_id FROM appointments WHERE status = 'PENDING' AND hold_expires_at <= :now ORDER BY doctor_id
				""")
			.param("now", AppointmentQueries.utc(now))
			.query(UUID.class)
			.list();
		calendars.forEach(queries::lockDoctorCalendar);
		List<UUID> expired = jdbc.sql("""
				UPDATE appointments SET status = 'CANCELLED', cancel_reason = :reason, cancelled_at = :now, updated_at = :now,
				  hold_expires_at = NULL, version = version + 1
				WHERE status = 'PENDING' AND hold_expires_at <= :now AND (CAST(:doctor AS uuid) IS NULL OR doctor_id = :doctor)
				RETURNING id
				""")
			.param("reason", HOLD_EXPIRED)
			.param("now", AppointmentQueries.utc(now))
			.param("doctor", doctorId)
			.query(UUID.class)
			.list();
		queries.rememberLapsed(expired, now.plus(properties.reholdCooloff()));
		expired.stream().map(appointments::findById).flatMap(Optional::stream).forEach(a -> events.publishEvent(
				new AppointmentCancelled(a.id(), a.doctorId(), a.patientId(), a.startsAt(), null, true, HOLD_EXPIRED)));
		return expired.size();
	}

	private void save(Appointment appointment) {
		translateOverlap(() -> appointments.saveAndFlush(appointment));
	}

	/** Runs a write, turning the exclusion constraints' refusals into 409s that say what is busy. */
	private <T> T translateOverlap(Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException ex) {
			String constraint = constraintOf(ex);
			if (DOCTOR_OVERLAP.equals(constraint)) {
				throw ApiException.conflict("start", "That time was just taken; please pick another slot");
			}
			if (PATIENT_OVERLAP.equals(constraint)) {
				throw ApiException.conflict("start", "You already have an appointment at that time");
			}
			throw ex;
		}
	}

	/**
	 * Claims an Idempotency-Key for this booking. If the key was used before, returns that
	 * booking (same request) or refuses (different request). A concurrent claim of the same key
	 * waits on the primary key until the first transaction ends.
	 */
	private Optional<AppointmentView> claimKey(UUID userId, String key, String requestHash, UUID appointmentId, Instant now) {
		int claimed = jdbc.sql("""
				INSERT INTO appointment_idempotency_keys (user_id, idempotency_key, request_hash, appointment_id, created_at)
				VALUES (:user, :key, :hash, :appointment, :now) ON CONFLICT DO NOTHING
				""")
			.param("user", userId)
			.param("key", key)
			.param("hash", requestHash)
			.param("appointment", appointmentId)
			.param("now", AppointmentQueries.utc(now))
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		var previous = jdbc.sql("SELECT request_hash, appointment_id FROM appointment_idempotency_keys WHERE user_id = :user AND idempotency_key = :key")
			.param("user", userId)
			.param("key", key)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class) })
			.single();
		if (!previous[0].equals(requestHash)) {
			throw ApiException.unprocessable("This Idempotency-Key was already used for a different booking");
		}
		return queries.view((UUID) previous[1]);
	}

	private static String hash(Booking booking) {
		String canonical = booking.doctorId() + "|" + booking.start() + "|" + (booking.reason() == null ? "" : booking.reason())
				+ "|" + (booking.visitType() == null ? VisitType.IN_PERSON : booking.visitType()) + "|" + booking.patientId();
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String constraintOf(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
				return psql.getServerErrorMessage().getConstraint();
			}
		}
		return null;
	}
}
