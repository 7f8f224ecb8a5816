package org.careslot.records;

import java.util.UUID;

import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see whose clinical data. Everyone without a reason to — another patient, a doctor who
 * never saw the patient, an admin who did not break the glass — gets the same 404 as for a
 * patient who does not exist, so records cannot even be probed.
 */
@Component
class RecordAccess {

	static final int MIN_REASON_LENGTH = 10;

	private final JdbcClient jdbc;

	RecordAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Access require(Actor actor, UUID patientId) {
		boolean patientExists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE id = :id AND role = 'PATIENT')")
			.param("id", patientId)
			.query(Boolean.class)
			.single();
		if (patientExists) {
			if (actor.id().equals(patientId)) {
				return Access.SELF;
			}
			if (actor.role() == Role.DOCTOR && caredFor(actor.id(), patientId)) {
				return Access.DOCTOR;
			}
			if (actor.role() == Role.ADMIN && actor.breakGlassReason() != null) {
				if (actor.breakGlassReason().length() < MIN_REASON_LENGTH) {
					throw ApiException.invalid(Actor.BREAK_GLASS_HEADER,
							"state why you need this record, in at least " + MIN_REASON_LENGTH + " characters");
				}
				return Access.BREAK_GLASS;
			}
		}
		throw notFound();
	}

	/** Only the patient, or a doctor who cares for them, may change a record; break-glass only reads. */
	Access requireWriter(Actor actor, UUID patientId) {
		Access access = require(actor, patientId);
		if (access == Access.BREAK_GLASS) {
			throw ApiException.forbidden("Break-glass access only reads a record");
		}
		return access;
	}

	/** Has or had a live, completed or missed appointment with the patient; cancelled ones do not count. */
	private boolean caredFor(UUID doctorUserId, UUID patientId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM appointments a JOIN doctors d ON d.id = a.doctor_id
				               WHERE d.user_id = :doctor AND a.patient_id = :patient AND a.status <> 'CANCELLED')
				""")
			.param("doctor", doctorUserId)
			.param("patient", patientId)
			.query(Boolean.class)
			.single();
	}

	static ApiException notFound() {
		return ApiException.notFound("Patient record");
	}
}
