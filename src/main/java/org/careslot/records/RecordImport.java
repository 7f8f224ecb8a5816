package org.careslot.records;

import static org.careslot.platform.SqlTime.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careslot.identity.Role;
import org.careslot.platform.FieldEncryption;
import org.careslot.platform.FieldEncryption.Sealed;
import org.careslot.records.PatientRecord.EntryKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinical history that arrives from outside (the demo clinic; later, imports): sealed like any
 * entry, dated when it was written, and each import written to the audit log under its author.
 */
@Service
public class RecordImport {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final FieldEncryption encryption;
	private final ClinicalAudit audit;

	RecordImport(JdbcClient jdbc, JdbcTemplate batch, FieldEncryption encryption, ClinicalAudit audit) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.encryption = encryption;
		this.audit = audit;
	}

	public enum Kind {
		ALLERGY, MEDICATION, CONDITION
	}

	@Transactional
	public void entry(UUID patientId, Kind kind, String text, UUID authorId, Role authorRole, Instant at) {
		UUID id = UUID.randomUUID();
		Sealed sealed = encryption.sealText(text, RecordService.entryContext(id));
		jdbc.sql("""
				INSERT INTO record_entries (id, patient_id, kind, text, key_id, created_by, created_at)
				VALUES (:id, :patient, :kind, :text, :key, :author, :at)
				""")
			.param("id", id)
			.param("patient", patientId)
			.param("kind", EntryKind.valueOf(kind.name()).name())
			.param("text", sealed.data())
			.param("key", sealed.keyId())
			.param("author", authorId)
			.param("at", utc(at))
			.update();
		audit.log(new Actor(authorId, authorRole, null, null), patientId, "IMPORT_ENTRY", kind.name());
	}

	/** A note by the doctor of a visit that took place. */
	public record ImportedNote(UUID appointmentId, UUID patientId, UUID doctorUserId, String body, Instant at) {
	}

	/** Notes in one batch, each sealed, each import in the audit log under its author. */
	@Transactional
	public void notes(List<ImportedNote> notes) {
		List<Object[]> rows = new ArrayList<>();
		for (ImportedNote n : notes) {
			UUID id = UUID.randomUUID();
			Sealed sealed = encryption.sealText(n.body(), RecordService.noteContext(id));
			rows.add(new Object[] { id, n.appointmentId(), n.patientId(), n.doctorUserId(), sealed.data(), sealed.keyId(),
					utc(n.at()), utc(n.at()) });
		}
		batch.batchUpdate("""
				INSERT INTO visit_notes (id, appointment_id, patient_id, author_id, body, key_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		audit.logAll(notes.stream().map(n -> new ClinicalAudit.Logged(new Actor(n.doctorUserId(), Role.DOCTOR, null, null),
				n.patientId(), "IMPORT_NOTE", null)).toList());
	}

	/** The patient's own free-text history. */
	@Transactional
	public void history(UUID patientId, String text, Instant at) {
		Sealed sealed = encryption.sealText(text, RecordService.historyContext(patientId));
		jdbc.sql("""
				INSERT INTO patients (user_id, medical_history, key_id, history_updated_at, history_updated_by)
				VALUES (:id, :history, :key, :at, :id)
				ON CONFLICT (user_id) DO UPDATE SET medical_history = EXCLUDED.medical_history, key_id = EXCLUDED.key_id,
				  history_updated_at = EXCLUDED.history_updated_at, history_updated_by = EXCLUDED.history_updated_by
				""")
			.param("id", patientId)
			.param("history", sealed.data())
			.param("key", sealed.keyId())
			.param("at", utc(at))
			.update();
		audit.log(new Actor(patientId, Role.PATIENT, null, null), patientId, "IMPORT_HISTORY", null);
	}
}
