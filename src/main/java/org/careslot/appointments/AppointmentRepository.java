package org.careslot.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.SqlTime;
import org.careslot.platform.Text;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every write to {@code appointments}, in plain SQL. The exclusion constraints refuse overlaps;
 * their refusals come out of here as 409s that say what is busy. Reads for screens are in
 * {@link AppointmentQueries}.
 */
@Repository
class AppointmentRepository {

	static final String DOCTOR_OVERLAP = "appointments_doctor_no_overlap";
	static final String PATIENT_OVERLAP = "appointments_patient_no_overlap";

	private final JdbcClient jdbc;

	AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Appointment> find(UUID id) {
		return jdbc.sql("SELECT * FROM appointments WHERE id = :id").param("id", id).query(AppointmentRepository::map)
			.optional();
	}

	/**
	 * Inserts a new booking and reads back its view in the same statement: booking is the hot
	 * path, and a second round trip for the names cost more than the insert itself.
	 */
	AppointmentView insert(Appointment a) {
		return translateOverlap(() -> jdbc.sql("""
				WITH inserted AS (
				  INSERT INTO appointments (id, doctor_id, patient_id, starts_at, ends_at, blocked_until, status, payment_status,
				    visit_type, reason, hold_expires_at, created_at, updated_at, version, booked_by)
				  VALUES (:id, :doctor, :patient, :start, :end, :blocked, :status, :payment, :visit, :reason, :hold, :now, :now, 0,
				    :bookedBy)
				  RETURNING *)
				""" + AppointmentQueries.COLUMNS + "FROM inserted a\n" + AppointmentQueries.NAMES)
			.param("id", a.id())
			.param("doctor", a.doctorId())
			.param("patient", a.patientId())
			.param("start", SqlTime.utc(a.startsAt()))
			.param("end", SqlTime.utc(a.endsAt()))
			.param("blocked", SqlTime.utc(a.blockedUntil()))
			.param("status", a.status().name())
			.param("payment", a.paymentStatus().name())
			.param("visit", a.visitType().name())
			.param("reason", a.reason())
			.param("hold", SqlTime.utc(a.holdExpiresAt()))
			.param("now", SqlTime.utc(a.createdAt()))
			.param("bookedBy", a.bookedBy())
			.query(AppointmentQueries::map)
			.single());
	}

	/**
	 * Writes a move through the lifecycle (time, status, cancellation). The payment status is not
	 * written: payments change it with {@link #recordPayment}. Refuses a write over a change made
	 * since the appointment was read.
	 */
	void update(Appointment a) {
		int written = translateOverlap(() -> jdbc.sql("""
				UPDATE appointments SET starts_at = :start, ends_at = :end, blocked_until = :blocked, status = :status,
				  hold_expires_at = :hold, cancel_reason = :cancelReason, cancelled_by = :cancelledBy,
				  cancelled_by_role = :cancelledByRole, cancelled_at = :cancelledAt, updated_at = :updated, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("start", SqlTime.utc(a.startsAt()))
			.param("end", SqlTime.utc(a.endsAt()))
			.param("blocked", SqlTime.utc(a.blockedUntil()))
			.param("status", a.status().name())
			.param("hold", SqlTime.utc(a.holdExpiresAt()))
			.param("cancelReason", a.cancelReason())
			.param("cancelledBy", a.cancelledBy())
			.param("cancelledByRole", a.cancelledByRole() == null ? null : a.cancelledByRole().name())
			.param("cancelledAt", SqlTime.utc(a.cancelledAt()))
			.param("updated", SqlTime.utc(a.updatedAt()))
			.param("id", a.id())
			.param("version", a.version())
			.update());
		if (written != 1) {
			throw new OptimisticLockingFailureException("Appointment " + a.id() + " was changed meanwhile");
		}
		a.written();
	}

	/** Who and when of a visit whose state a statement changed. */
	record Changed(UUID id, AppointmentStatus status, UUID doctorId, UUID patientId, Instant start) {
	}

	/**
	 * Records a payment's outcome; a paid live appointment is no longer held. A decline of an
	 * optional payment (the doctor does not take payment at booking) leaves the visit unpaid.
	 */
	Optional<Changed> recordPayment(UUID id, PaymentStatus status, Instant now) {
		return jdbc.sql("""
				UPDATE appointments a SET updated_at = :now, version = a.version + 1,
				  payment_status = CASE WHEN :status = 'FAILED' AND NOT d.prepayment_required THEN a.payment_status ELSE :status END,
				  hold_expires_at = CASE WHEN :status = 'PAID' AND a.status IN ('PENDING', 'CONFIRMED') THEN NULL ELSE a.hold_expires_at END
				FROM doctors d
				WHERE a.id = :id AND d.id = a.doctor_id
				RETURNING a.id, a.status, a.doctor_id, a.patient_id, a.starts_at
				""")
			.param("status", status.name())
			.param("now", SqlTime.utc(now))
			.param("id", id)
			.query(AppointmentRepository::changed)
			.optional();
	}

	/** The calendars with a payment hold that ran out (of everyone), in the order they must be locked. */
	List<UUID> calendarsWithExpiredHolds(Instant now) {
		return jdbc.sql("""
				SELECT DISTINCT doctor_id FROM appointments WHERE status = 'PENDING' AND hold_expires_at <= :now ORDER BY doctor_id
				""")
			.param("now", SqlTime.utc(now))
			.query(UUID.class)
			.list();
	}

	/** One UPDATE for all expired holds, of one doctor or (doctorId null) of everyone; the calendars are locked already. */
	List<Changed> cancelExpiredHolds(UUID doctorId, String reason, Instant now) {
		return jdbc.sql("""
				UPDATE appointments SET status = 'CANCELLED', cancel_reason = :reason, cancelled_at = :now, updated_at = :now,
				  hold_expires_at = NULL, version = version + 1
				WHERE status = 'PENDING' AND hold_expires_at <= :now AND (CAST(:doctor AS uuid) IS NULL OR doctor_id = :doctor)
				RETURNING id, status, doctor_id, patient_id, starts_at
				""")
			.param("reason", reason)
			.param("now", SqlTime.utc(now))
			.param("doctor", doctorId)
			.query(AppointmentRepository::changed)
			.list();
	}

	/** @return the patient's open bookings ahead: [in all, with this doctor]; lapsed holds do not count */
	long[] openBookings(UUID patientId, UUID doctorId, Instant now) {
		return jdbc.sql("""
				SELECT count(*), count(*) FILTER (WHERE doctor_id = :doctor) FROM appointments
				WHERE patient_id = :patient AND status IN ('PENDING', 'CONFIRMED') AND starts_at > :now
				  AND (status <> 'PENDING' OR hold_expires_at IS NULL OR hold_expires_at > :now)
				""")
			.param("patient", patientId)
			.param("doctor", doctorId)
			.param("now", SqlTime.utc(now))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** Remembers reservations that lapsed (or were given up) so their patient cannot take them again at once. */
	void rememberLapsed(List<UUID> appointmentIds, Instant until) {
		if (appointmentIds.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO lapsed_holds (patient_id, doctor_id, starts_at, until)
				SELECT patient_id, doctor_id, starts_at, :until FROM appointments WHERE id IN (:ids)
				ON CONFLICT (patient_id, doctor_id, starts_at) DO UPDATE SET until = excluded.until
				""")
			.param("until", SqlTime.utc(until))
			.param("ids", appointmentIds)
			.update();
	}

	Optional<Instant> lapsedUntil(UUID patientId, UUID doctorId, Instant start, Instant now) {
		return jdbc.sql("""
				SELECT until FROM lapsed_holds
				WHERE patient_id = :patient AND doctor_id = :doctor AND starts_at = :start AND until > :now
				""")
			.param("patient", patientId)
			.param("doctor", doctorId)
			.param("start", SqlTime.utc(start))
			.param("now", SqlTime.utc(now))
			.query((rs, n) -> SqlTime.instant(rs, "until"))
			.optional();
	}

	/** Runs a write, turning the exclusion constraints' refusals into 409s that say what is busy. */
	private static <T> T translateOverlap(Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException ex) {
			String constraint = constraintOf(ex);
			if (DOCTOR_OVERLAP.equals(constraint)) {
				throw ApiException.conflict("start", Text.of("booking.justTaken"));
			}
			if (PATIENT_OVERLAP.equals(constraint)) {
				throw ApiException.conflict("start", Text.of("booking.patientOverlap"));
			}
			throw ex;
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

	private static Changed changed(ResultSet rs, int row) throws SQLException {
		return new Changed(rs.getObject("id", UUID.class), AppointmentStatus.valueOf(rs.getString("status")),
				rs.getObject("doctor_id", UUID.class), rs.getObject("patient_id", UUID.class), SqlTime.instant(rs, "starts_at"));
	}

	private static Appointment map(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("cancelled_by_role");
		return new Appointment(rs.getObject("id", UUID.class), rs.getObject("doctor_id", UUID.class),
				rs.getObject("patient_id", UUID.class), SqlTime.instant(rs, "starts_at"), SqlTime.instant(rs, "ends_at"),
				SqlTime.instant(rs, "blocked_until"), VisitType.valueOf(rs.getString("visit_type")), rs.getString("reason"),
				rs.getObject("booked_by", UUID.class), SqlTime.instant(rs, "created_at"),
				new Appointment.State(AppointmentStatus.valueOf(rs.getString("status")),
						PaymentStatus.valueOf(rs.getString("payment_status")), SqlTime.instant(rs, "hold_expires_at"),
						rs.getString("cancel_reason"), rs.getObject("cancelled_by", UUID.class),
						role == null ? null : Role.valueOf(role), SqlTime.instant(rs, "cancelled_at"),
						SqlTime.instant(rs, "updated_at"), rs.getLong("version")));
	}
}
