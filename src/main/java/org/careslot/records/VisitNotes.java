package org.careslot.records;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.careslot.appointments.CareTeam;
import org.careslot.platform.ApiException;
import org.careslot.platform.FieldEncryption;
import org.careslot.platform.FieldEncryption.Sealed;
import org.careslot.platform.Text;
import org.careslot.records.PatientRecord.Note;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit notes: written by the appointment's doctor, edited only by their author, every earlier
 * text kept as a version. Each call checks access and writes the audit log in its transaction.
 */
@Service
class VisitNotes {

	private final JdbcClient jdbc;
	private final RecordRows rows;
	private final RecordAccess access;
	private final ClinicalAudit audit;
	private final FieldEncryption encryption;
	private final CareTeam careTeam;
	private final Clock clock;

	VisitNotes(JdbcClient jdbc, RecordRows rows, RecordAccess access, ClinicalAudit audit, FieldEncryption encryption,
			CareTeam careTeam, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
		this.audit = audit;
		this.encryption = encryption;
		this.careTeam = careTeam;
		this.clock = clock;
	}

	/** A note by the doctor of the appointment, about that visit, while the patient's record is open to them. */
	@Transactional
	Note add(Actor actor, UUID appointmentId, String body) {
		CareTeam.Visit visit = careTeam.visitOf(actor.id(), appointmentId)
			.orElseThrow(() -> ApiException.notFound(Text.of("notFound.appointment")));
		if (visit.cancelled()) {
			throw ApiException.unprocessable(Text.of("note.cancelledAppointment"));
		}
		access.requireWriter(actor, visit.patientId());
		UUID id = UUID.randomUUID();
		Sealed sealed = encryption.sealText(body, RecordRows.noteContext(id));
		jdbc.sql("""
				INSERT INTO visit_notes (id, appointment_id, patient_id, author_id, body, key_id, created_at, updated_at)
				VALUES (:id, :appointment, :patient, :author, :body, :key, :now, :now)
				""")
			.param("id", id)
			.param("appointment", appointmentId)
			.param("patient", visit.patientId())
			.param("author", actor.id())
			.param("body", sealed.data())
			.param("key", sealed.keyId())
			.param("now", utc(clock.instant()))
			.update();
		audit.log(actor, visit.patientId(), "ADD_NOTE", null);
		return rows.note(id, actor);
	}

	/**
	 * Only the note's author edits it, and only while the patient's record is still open to them;
	 * the text it replaces is kept as a version.
	 */
	@Transactional
	Note update(Actor actor, UUID noteId, String body) {
		UUID patientId = jdbc.sql("SELECT patient_id FROM visit_notes WHERE id = :id AND author_id = :author FOR UPDATE")
			.param("id", noteId)
			.param("author", actor.id())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> ApiException.notFound(Text.of("notFound.note")));
		access.requireWriter(actor, patientId);
		jdbc.sql("""
				INSERT INTO visit_note_versions (note_id, version, body, key_id, written_at, written_by)
				SELECT id, version, body, key_id, updated_at, author_id FROM visit_notes WHERE id = :id
				""")
			.param("id", noteId)
			.update();
		long version = jdbc.sql("SELECT version + 1 FROM visit_notes WHERE id = :id").param("id", noteId).query(Long.class).single();
		// each version is sealed to its own number, so an old text cannot be passed off as the current one
		Sealed sealed = encryption.sealText(body, RecordRows.noteContext(noteId, version));
		jdbc.sql("UPDATE visit_notes SET body = :body, key_id = :key, updated_at = :now, version = :version WHERE id = :id")
			.param("body", sealed.data())
			.param("key", sealed.keyId())
			.param("now", utc(clock.instant()))
			.param("version", version)
			.param("id", noteId)
			.update();
		audit.log(actor, patientId, "UPDATE_NOTE", null);
		return rows.note(noteId, actor);
	}

	/** A text a note had before it was edited. */
	record NoteVersion(long version, String body, Instant writtenAt, String writtenByName) {
	}

	/** The earlier texts of a note, newest first, for anyone who may read the record. */
	@Transactional
	List<NoteVersion> versions(Actor actor, UUID noteId) {
		UUID patientId = jdbc.sql("SELECT patient_id FROM visit_notes WHERE id = :id").param("id", noteId).query(UUID.class)
			.optional().orElseThrow(RecordAccess::notFound);
		access.require(actor, patientId);
		audit.log(actor, patientId, "READ_NOTE_VERSIONS", null);
		return jdbc.sql("""
				SELECT v.version, v.body, v.key_id, v.written_at, u.full_name FROM visit_note_versions v
				JOIN users u ON u.id = v.written_by WHERE v.note_id = :id ORDER BY v.version DESC
				""")
			.param("id", noteId)
			.query((rs, n) -> new NoteVersion(rs.getLong("version"),
					rows.open(rs, "body", RecordRows.noteContext(noteId, rs.getLong("version"))), instant(rs, "written_at"),
					rs.getString("full_name")))
			.list();
	}
}
