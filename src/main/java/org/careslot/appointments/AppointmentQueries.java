package org.careslot.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careslot.doctors.Practice;
import org.careslot.identity.Role;
import org.careslot.platform.SqlTime;
import org.careslot.scheduling.TimeRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of appointments: views with names attached, and busy ranges for slot maths. Writes: {@link AppointmentRepository}. */
@Component
class AppointmentQueries {

	static final String COLUMNS = """
			SELECT a.id, a.doctor_id, a.patient_id, d.full_name AS doctor_name, u.full_name AS patient_name,
			       s.time_zone, a.starts_at, a.ends_at, a.status, a.payment_status, a.visit_type, a.reason,
			       a.cancel_reason, a.cancelled_by_role, a.hold_expires_at, a.created_at, d.fee_amount, d.fee_currency,
			       d.prepayment_required, d.practice_name, d.practice_address, d.practice_city, d.practice_phone
			""";

	static final String NAMES = """
			JOIN doctors d ON d.id = a.doctor_id
			JOIN users u ON u.id = a.patient_id
			LEFT JOIN doctor_schedules s ON s.doctor_id = a.doctor_id
			""";

	private static final String VIEW = COLUMNS + "FROM appointments a\n" + NAMES;

	private final JdbcClient jdbc;

	AppointmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AppointmentView> view(UUID id) {
		return jdbc.sql(VIEW + " WHERE a.id = :id").param("id", id).query(AppointmentQueries::map).optional();
	}

	/** What a list asks for; doctorId / patientId null = any. */
	record Filter(AppointmentStatus status, Instant from, Instant to, UUID doctorId, UUID patientId, int page, int size) {

		Filter scopedTo(UUID doctor, UUID patient) {
			return new Filter(status, from, to, doctor, patient, page, size);
		}
	}

	record Page(List<AppointmentView> items, long total) {
	}

	Page list(Filter f) {
		record Row(AppointmentView view, long total) {
		}
		List<Row> rows = jdbc.sql(COLUMNS + ", count(*) OVER () AS total FROM appointments a\n" + NAMES + """
				WHERE (CAST(:patient AS uuid) IS NULL OR a.patient_id = :patient)
				  AND (CAST(:doctor AS uuid) IS NULL OR a.doctor_id = :doctor)
				  AND (CAST(:status AS text) IS NULL OR a.status = :status)
				  AND (CAST(:from AS timestamptz) IS NULL OR a.ends_at > :from)
				  AND (CAST(:to AS timestamptz) IS NULL OR a.starts_at < :to)
				ORDER BY a.starts_at, a.id
				LIMIT :limit OFFSET :offset
				""")
			.param("patient", f.patientId())
			.param("doctor", f.doctorId())
			.param("status", f.status() == null ? null : f.status().name())
			.param("from", utc(f.from()))
			.param("to", utc(f.to()))
			.param("limit", f.size())
			.param("offset", (long) f.page() * f.size())
			.query((rs, n) -> new Row(map(rs, n), rs.getLong("total")))
			.list();
		return new Page(rows.stream().map(Row::view).toList(), rows.isEmpty() ? 0 : rows.get(0).total());
	}

	/** The doctor's pending and confirmed visits that overlap a span of time, by start. */
	List<AppointmentView> liveBetween(UUID doctorId, Instant from, Instant to) {
		return jdbc.sql(VIEW + """
				WHERE a.doctor_id = :doctor AND a.status IN ('PENDING', 'CONFIRMED')
				  AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(:from, :to, '[)')
				ORDER BY a.starts_at, a.id
				""")
			.param("doctor", doctorId)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(AppointmentQueries::map)
			.list();
	}

	record PatientSummary(UUID id, String fullName, String email, String phone, Instant lastVisit, Instant nextVisit) {
	}

	/**
	 * The doctor's patients: those whose record is open to the doctor ({@link CareTeam}), with their
	 * last and next visit. A request not yet confirmed, or a cancelled one, makes nobody a patient.
	 */
	List<PatientSummary> patientsOf(UUID doctorId, Instant now, Instant openSince) {
		return jdbc.sql("""
				SELECT u.id, u.full_name, u.email, u.phone,
				       max(a.starts_at) FILTER (WHERE a.starts_at < :now AND a.status IN ('COMPLETED', 'CONFIRMED')) AS last_visit,
				       min(a.starts_at) FILTER (WHERE a.starts_at >= :now AND a.status IN ('PENDING', 'CONFIRMED')) AS next_visit
				FROM appointments a JOIN users u ON u.id = a.patient_id
				WHERE a.doctor_id = :doctor
				GROUP BY u.id, u.full_name, u.email, u.phone
				HAVING bool_or(a.starts_at >= :since AND""" + " " + CareTeam.OPENING + """
				)
				ORDER BY u.full_name
				""")
			.param("doctor", doctorId)
			.param("now", utc(now))
			.param("since", utc(openSince))
			.query((rs, n) -> new PatientSummary(rs.getObject("id", UUID.class), rs.getString("full_name"),
					rs.getString("email"), rs.getString("phone"), instant(rs, "last_visit"), instant(rs, "next_visit")))
			.list();
	}

	/**
	 * Appointments that hold time: every one that is not cancelled (a completed or missed visit
	 * still took its time), except a pending one whose payment hold ran out and awaits the sweep.
	 * The same rule as the exclusion constraints, so a slot offered here can be booked.
	 */
	List<TimeRange> busy(UUID doctorId, Instant from, Instant to, Instant now) {
		return jdbc.sql("""
				SELECT starts_at, ends_at FROM appointments
				WHERE doctor_id = :doctor AND status <> 'CANCELLED'
				  AND (status <> 'PENDING' OR hold_expires_at IS NULL OR hold_expires_at > :now)
				  AND tstzrange(starts_at, blocked_until, '[)') && tstzrange(:from, :to, '[)')
				""")
			.param("doctor", doctorId)
			.param("now", utc(now))
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, n) -> new TimeRange(instant(rs, 1), instant(rs, 2)))
			.list();
	}

	static AppointmentView map(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("cancelled_by_role");
		return new AppointmentView(rs.getObject("id", UUID.class), rs.getObject("doctor_id", UUID.class),
				rs.getObject("patient_id", UUID.class), rs.getString("doctor_name"), rs.getString("patient_name"),
				rs.getString("time_zone"), instant(rs, "starts_at"), instant(rs, "ends_at"),
				AppointmentStatus.valueOf(rs.getString("status")), PaymentStatus.valueOf(rs.getString("payment_status")),
				VisitType.valueOf(rs.getString("visit_type")), rs.getString("reason"), rs.getString("cancel_reason"),
				role == null ? null : Role.valueOf(role), instant(rs, "hold_expires_at"), instant(rs, "created_at"),
				rs.getBigDecimal("fee_amount"), rs.getString("fee_currency"), rs.getBoolean("prepayment_required"),
				practice(rs), rs.getString("reason") != null && !rs.getString("reason").isBlank());
	}

	private static Practice practice(ResultSet rs) throws SQLException {
		String name = rs.getString("practice_name");
		String address = rs.getString("practice_address");
		String city = rs.getString("practice_city");
		String phone = rs.getString("practice_phone");
		return name == null && address == null && city == null && phone == null ? null
				: new Practice(name, address, city, phone);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return SqlTime.instant(rs, column);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return SqlTime.utc(instant);
	}
}
