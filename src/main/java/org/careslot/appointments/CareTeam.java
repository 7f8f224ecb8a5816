package org.careslot.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.careslot.platform.SqlTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which doctor cares for which patient: the one rule that opens a patient's record to a doctor
 * (minimum necessary). A booking request the doctor has not confirmed opens nothing: the doctor
 * sees the patient's name and what they wrote for that booking, in the appointment. The record
 * opens once the doctor confirms a visit (or the front desk booked it on the patient's behalf) and
 * stays open until {@code careslot.records.access-after-last-visit} after the last such visit.
 */
@Service
public class CareTeam {

	/** The visits that open a record; used by every query here so the rule is written once. */
	static final String OPENING = """
			(a.status IN ('CONFIRMED', 'COMPLETED', 'NO_SHOW') OR (a.status = 'PENDING' AND a.booked_by IS NOT NULL))
			""";

	private final JdbcClient jdbc;
	private final Duration openFor;
	private final Clock clock;

	CareTeam(JdbcClient jdbc, @Value("${careslot.records.access-after-last-visit:365d}") Duration openFor, Clock clock) {
		this.jdbc = jdbc;
		this.openFor = openFor;
		this.clock = clock;
	}

	/** The earliest start an opening visit may have and still keep the record open today. */
	Instant openSince() {
		return clock.instant().minus(openFor);
	}

	/** Whether the patient's record is open to this doctor (by the doctor's account id). */
	@Transactional(readOnly = true)
	public boolean recordOpen(UUID doctorUserId, UUID patientId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM appointments a JOIN doctors d ON d.id = a.doctor_id JOIN users u ON u.id = d.user_id
				               WHERE d.user_id = :doctor AND u.enabled AND a.patient_id = :patient AND a.starts_at >= :since AND
				""" + OPENING + ")")
			.param("doctor", doctorUserId)
			.param("patient", patientId)
			.param("since", SqlTime.utc(openSince()))
			.query(Boolean.class)
			.single();
	}

	/** A visit of this doctor's that can take a note: the patient, and whether it was cancelled. */
	public record Visit(UUID patientId, boolean cancelled) {
	}

	@Transactional(readOnly = true)
	public Optional<Visit> visitOf(UUID doctorUserId, UUID appointmentId) {
		return jdbc.sql("""
				SELECT a.patient_id, a.status = 'CANCELLED' FROM appointments a JOIN doctors d ON d.id = a.doctor_id
				WHERE a.id = :id AND d.user_id = :doctor
				""")
			.param("id", appointmentId)
			.param("doctor", doctorUserId)
			.query((rs, n) -> new Visit(rs.getObject(1, UUID.class), rs.getBoolean(2)))
			.optional();
	}

	/** Whether the appointment is the patient's (and, when a doctor is named, that doctor's). */
	@Transactional(readOnly = true)
	public boolean isVisitOf(UUID appointmentId, UUID patientId, UUID doctorUserIdOrNull) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM appointments a JOIN doctors d ON d.id = a.doctor_id
				               WHERE a.id = :id AND a.patient_id = :patient
				                 AND (CAST(:doctor AS uuid) IS NULL OR d.user_id = :doctor))
				""")
			.param("id", appointmentId)
			.param("patient", patientId)
			.param("doctor", doctorUserIdOrNull)
			.query(Boolean.class)
			.single();
	}
}
