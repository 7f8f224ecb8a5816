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
	private final RecordRows rows;

	RecordImport(JdbcClient jdbc, JdbcTemplate batch, FieldEncryption encryption, ClinicalAudit audit, RecordRows rows) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.batch = batch;
		this.encryption = encryption;
		this.audit = audit;
	}

	public enum Kind {
		ALLERGY, MEDICATION, CONDITION
	}

	@Transactional
	public UUID entry(UUID patientId, Kind kind, String text, UUID authorId, Role authorRole, Instant at) {
		UUID id = rows.insertEntry(patientId, EntryKind.valueOf(kind.name()), text, authorId, at);
		audit.log(new Actor(authorId, authorRole, null, null), patientId, "IMPORT_ENTRY", kind.name());
		return id;
	}

	/** An imported entry its author had marked as entered in error (it stays, struck through). */
	@Transactional
	public void enteredInError(UUID entryId, UUID byId, Instant at) {
		jdbc.sql("UPDATE record_entries SET entered_in_error_at = :at, entered_in_error_by = :by WHERE id = :id")
			.param("at", utc(at))
			.param("by", byId)
			.param("id", entryId)
			.update();
	}

	/**
	 * A note by the doctor of a visit that took place; with an {@code earlierBody} it was edited at
	 * {@code editedAt}, and that first text is kept as its earlier version.
	 */
	public record ImportedNote(UUID appointmentId, UUID patientId, UUID doctorUserId, String body, Instant at,
			String earlierBody, Instant editedAt) {

		public ImportedNote(UUID appointmentId, UUID patientId, UUID doctorUserId, String body, Instant at) {
			this(appointmentId, patientId, doctorUserId, body, at, null, null);
		}
	}

	/** Notes in one batch, each sealed, each import in the audit log under its author. */
	@Transactional
	public void notes(List<ImportedNote> notes) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> versions = new ArrayList<>();
		for (ImportedNote n : notes) {
			UUID id = UUID.randomUUID();
			long version = n.earlierBody() == null ? 0 : 1;
			Sealed sealed = encryption.sealText(n.body(), RecordRows.noteContext(id, version));
			rows.add(new Object[] { id, n.appointmentId(), n.patientId(), n.doctorUserId(), sealed.data(), sealed.keyId(),
					utc(n.at()), utc(version == 0 ? n.at() : n.editedAt()), version });
			if (version == 1) {
				Sealed first = encryption.sealText(n.earlierBody(), RecordRows.noteContext(id, 0));
				versions.add(new Object[] { id, 0L, first.data(), first.keyId(), utc(n.at()), n.doctorUserId() });
			}
		}
		batch.batchUpdate("""
				INSERT INTO visit_notes (id, appointment_id, patient_id, author_id, body, key_id, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		batch.batchUpdate("""
				INSERT INTO visit_note_versions (note_id, version, body, key_id, written_at, written_by)
				VALUES (?, ?, ?, ?, ?, ?)
				""", versions);
		audit.logAll(notes.stream().map(n -> new ClinicalAudit.Logged(new Actor(n.doctorUserId(), Role.DOCTOR, null, null),
				n.patientId(), "IMPORT_NOTE", null)).toList());
	}

	/** The patient's own free-text history. */
	@Transactional
	public void history(UUID patientId, String text, Instant at) {
		rows.writeHistory(patientId, text, patientId, at);
		audit.log(new Actor(patientId, Role.PATIENT, null, null), patientId, "IMPORT_HISTORY", null);
	}
}
