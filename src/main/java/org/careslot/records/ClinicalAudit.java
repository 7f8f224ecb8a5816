package org.careslot.records;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only log of every read and write of clinical data (the table refuses updates and
 * deletes). Written in the same transaction as the access, so nothing is read unlogged.
 */
@Component
class ClinicalAudit {

	/** One line of the log, with names resolved for people to read. */
	record Entry(Instant at, UUID actorId, String actorName, String actorRole, UUID patientId, String patientName,
			String action, String detail, String address, String reason) {

		/** What the patient sees: who (name and role) and why, not the staff member's network address. */
		Entry forThePatient() {
			return new Entry(at, actorId, actorName, actorRole, patientId, patientName, action, detail, null, reason);
		}
	}

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batchTemplate;
	private final Clock clock;

	ClinicalAudit(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batchTemplate, Clock clock) {
		this.jdbc = jdbc;
		this.batchTemplate = batchTemplate;
		this.clock = clock;
	}

	void log(Actor actor, UUID patientId, String action, String detail) {
		jdbc.sql("""
				INSERT INTO clinical_audit (at, actor_id, actor_role, patient_id, action, detail, address, reason)
				VALUES (:at, :actor, :role, :patient, :action, :detail, :address, :reason)
				""")
			.param("at", utc(clock.instant()))
			.param("actor", actor.id())
			.param("role", actor.role().name())
			.param("patient", patientId)
			.param("action", action)
			.param("detail", detail)
			.param("address", actor.address())
			.param("reason", actor.breakGlassReason())
			.update();
	}

	record Logged(Actor actor, UUID patientId, String action, String detail) {
	}

	/** Many entries in one batch, all at this moment. */
	void logAll(List<Logged> entries) {
		var at = utc(clock.instant());
		new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(batchTemplate).batchUpdate("""
				INSERT INTO clinical_audit (at, actor_id, actor_role, patient_id, action, detail, address, reason)
				VALUES (:at, :actor, :role, :patient, :action, :detail, :address, :reason)
				""", entries.stream().map(e -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
			.addValue("at", at)
			.addValue("actor", e.actor().id())
			.addValue("role", e.actor().role().name())
			.addValue("patient", e.patientId())
			.addValue("action", e.action())
			.addValue("detail", e.detail())
			.addValue("address", e.actor().address())
			.addValue("reason", e.actor().breakGlassReason())).toArray(org.springframework.jdbc.core.namedparam.MapSqlParameterSource[]::new));
	}

	/** @param patientId null = every patient's (the admin's view) */
	List<Entry> list(UUID patientId, int limit) {
		return jdbc.sql("""
				SELECT a.at, a.actor_id, actor.full_name AS actor_name, a.actor_role, a.patient_id,
				       patient.full_name AS patient_name, a.action, a.detail, a.address, a.reason
				FROM clinical_audit a
				JOIN users actor ON actor.id = a.actor_id
				JOIN users patient ON patient.id = a.patient_id
				WHERE CAST(:patient AS uuid) IS NULL OR a.patient_id = :patient
				ORDER BY a.at DESC, a.id DESC
				LIMIT :limit
				""")
			.param("patient", patientId)
			.param("limit", limit)
			.query((rs, n) -> new Entry(instant(rs, "at"), rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
					rs.getString("actor_role"), rs.getObject("patient_id", UUID.class), rs.getString("patient_name"),
					rs.getString("action"), rs.getString("detail"), rs.getString("address"), rs.getString("reason")))
			.list();
	}
}
