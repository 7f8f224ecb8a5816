package org.careslot.records;

import java.util.UUID;

import org.careslot.appointments.CareTeam;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see whose clinical data: the patient, a doctor the {@link CareTeam} rule opens the
 * record to, an admin who breaks the glass. Everyone else — another patient, a doctor with only an
 * unconfirmed request or none at all, an admin without a reason — gets the same 404 as for a
 * patient who does not exist, so records cannot even be probed; each refusal is logged.
 */
@Component
class RecordAccess {

	static final int MIN_REASON_LENGTH = 10;

	private static final Logger log = LoggerFactory.getLogger(RecordAccess.class);

	private final JdbcClient jdbc;
	private final CareTeam careTeam;

	RecordAccess(JdbcClient jdbc, CareTeam careTeam) {
		this.jdbc = jdbc;
		this.careTeam = careTeam;
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
			if (actor.role() == Role.DOCTOR && careTeam.recordOpen(actor.id(), patientId)) {
				return Access.DOCTOR;
			}
			if (actor.role() == Role.ADMIN && actor.breakGlassReason() != null) {
				if (actor.breakGlassReason().length() < MIN_REASON_LENGTH) {
					throw ApiException.invalid(Actor.BREAK_GLASS_HEADER,
							Text.of("breakGlass.recordReason", "count", MIN_REASON_LENGTH));
				}
				return Access.BREAK_GLASS;
			}
		}
		// ids and address only: enough to follow up a probe, nothing clinical in the log
		log.warn("Record access denied: account {} ({}) from {} asked for patient {}", actor.id(), actor.role(),
				actor.address(), patientId);
		throw notFound();
	}

	/** Only the patient, or a doctor who cares for them, may change a record; break-glass only reads. */
	Access requireWriter(Actor actor, UUID patientId) {
		Access access = require(actor, patientId);
		if (access == Access.BREAK_GLASS) {
			throw ApiException.forbidden(Text.of("record.breakGlassReadOnly"));
		}
		return access;
	}

	static ApiException notFound() {
		return ApiException.notFound(Text.of("notFound.record"));
	}
}
