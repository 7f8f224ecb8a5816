package org.careslot.records;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.careslot.platform.FieldEncryption;
import org.careslot.platform.FieldEncryption.Sealed;
import org.careslot.records.PatientRecord.Attachment;
import org.careslot.records.PatientRecord.Entry;
import org.careslot.records.PatientRecord.EntryKind;
import org.careslot.records.PatientRecord.Note;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record's rows as stored: clinical text sealed on the way in, each value bound to its place
 * so a value copied to another row does not open, and opened on the way out. No access checks
 * and no audit here; the services calling it do both first.
 */
@Component
class RecordRows {

	private static final String ENTRIES = """
			SELECT e.id, e.kind, e.text, e.key_id, e.created_at, e.created_by, u.full_name, e.entered_in_error_at,
			       marker.full_name AS entered_in_error_by_name
			FROM record_entries e JOIN users u ON u.id = e.created_by LEFT JOIN users marker ON marker.id = e.entered_in_error_by
			""";

	private static final String NOTES = """
			SELECT n.id, n.appointment_id, a.starts_at, d.id AS doctor_id, d.full_name AS doctor_name, n.body, n.key_id, n.version,
			       n.created_at, n.updated_at, n.author_id
			FROM visit_notes n JOIN appointments a ON a.id = n.appointment_id JOIN doctors d ON d.id = a.doctor_id
			""";

	private static final String ATTACHMENTS = """
			SELECT t.id, t.file_name, t.key_id, t.content_type, t.size_bytes, t.appointment_id, u.full_name, t.created_at
			FROM attachments t JOIN users u ON u.id = t.uploaded_by
			""";

	private final JdbcClient jdbc;
	private final FieldEncryption encryption;

	RecordRows(JdbcClient jdbc, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	/** The patient's own words about their health, and when they last changed them. */
	record History(String medicalHistory, Instant historyUpdatedAt) {
	}

	History history(UUID patientId) {
		return jdbc.sql("SELECT medical_history, key_id, history_updated_at FROM patients WHERE user_id = :id")
			.param("id", patientId)
			.query((rs, n) -> new History(open(rs, "medical_history", historyContext(patientId)),
					instant(rs, "history_updated_at")))
			.optional()
			.orElse(new History("", null));
	}

	void writeHistory(UUID patientId, String text, UUID by, Instant at) {
		Sealed sealed = encryption.sealText(text, historyContext(patientId));
		jdbc.sql("""
				INSERT INTO patients (user_id, medical_history, key_id, history_updated_at, history_updated_by)
				VALUES (:id, :history, :key, :at, :by)
				ON CONFLICT (user_id) DO UPDATE SET medical_history = EXCLUDED.medical_history, key_id = EXCLUDED.key_id,
				  history_updated_at = EXCLUDED.history_updated_at, history_updated_by = EXCLUDED.history_updated_by
				""")
			.param("id", patientId)
			.param("history", sealed.data())
			.param("key", sealed.keyId())
			.param("at", utc(at))
			.param("by", by)
			.update();
	}

	/** @return the new entry's id */
	UUID insertEntry(UUID patientId, EntryKind kind, String text, UUID authorId, Instant at) {
		UUID id = UUID.randomUUID();
		Sealed sealed = encryption.sealText(text, entryContext(id));
		jdbc.sql("""
				INSERT INTO record_entries (id, patient_id, kind, text, key_id, created_by, created_at)
				VALUES (:id, :patient, :kind, :text, :key, :author, :at)
				""")
			.param("id", id)
			.param("patient", patientId)
			.param("kind", kind.name())
			.param("text", sealed.data())
			.param("key", sealed.keyId())
			.param("author", authorId)
			.param("at", utc(at))
			.update();
		return id;
	}

	Entry entry(UUID entryId, Actor reader) {
		return jdbc.sql(ENTRIES + "WHERE e.id = :id").param("id", entryId).query((rs, n) -> entry(rs, reader)).single();
	}

	List<Entry> entries(UUID patientId, Actor reader) {
		return jdbc.sql(ENTRIES + "WHERE e.patient_id = :id ORDER BY e.created_at, e.id")
			.param("id", patientId)
			.query((rs, n) -> entry(rs, reader))
			.list();
	}

	Note note(UUID noteId, Actor reader) {
		return jdbc.sql(NOTES + "WHERE n.id = :id").param("id", noteId).query((rs, n) -> note(rs, reader)).single();
	}

	List<Note> notes(UUID patientId, Actor reader) {
		return jdbc.sql(NOTES + "WHERE n.patient_id = :id ORDER BY n.created_at DESC, n.id")
			.param("id", patientId)
			.query((rs, n) -> note(rs, reader))
			.list();
	}

	Attachment attachment(UUID attachmentId) {
		return jdbc.sql(ATTACHMENTS + "WHERE t.id = :id").param("id", attachmentId).query(this::mapAttachment).single();
	}

	List<Attachment> attachments(UUID patientId) {
		return jdbc.sql(ATTACHMENTS + "WHERE t.patient_id = :id ORDER BY t.created_at DESC, t.id")
			.param("id", patientId)
			.query(this::mapAttachment)
			.list();
	}

	private Entry entry(ResultSet rs, Actor reader) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Entry(id, EntryKind.valueOf(rs.getString("kind")), open(rs, "text", entryContext(id)),
				instant(rs, "created_at"), rs.getString("full_name"), reader.id().equals(rs.getObject("created_by", UUID.class)),
				instant(rs, "entered_in_error_at"), rs.getString("entered_in_error_by_name"));
	}

	private Note note(ResultSet rs, Actor reader) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Note(id, rs.getObject("appointment_id", UUID.class), instant(rs, "starts_at"),
				rs.getObject("doctor_id", UUID.class), rs.getString("doctor_name"),
				open(rs, "body", noteContext(id, rs.getLong("version"))), instant(rs, "created_at"), instant(rs, "updated_at"),
				reader.id().equals(rs.getObject("author_id", UUID.class)), rs.getLong("version"));
	}

	private Attachment mapAttachment(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Attachment(id, open(rs, "file_name", fileNameContext(id)), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getObject("appointment_id", UUID.class), rs.getString("full_name"),
				instant(rs, "created_at"));
	}

	/** A sealed text column of the current row, with the row's key id beside it; SQL NULL is "". */
	String open(ResultSet rs, String column, String context) throws SQLException {
		byte[] data = rs.getBytes(column);
		return data == null ? "" : encryption.openText(new Sealed(rs.getString("key_id"), data), context);
	}

	/** The associated data each sealed value is bound to, so a value copied to another row does not open. */
	static String entryContext(UUID entryId) {
		return "record_entries.text:" + entryId;
	}

	static String historyContext(UUID patientId) {
		return "patients.medical_history:" + patientId;
	}

	static String noteContext(UUID noteId) {
		return "visit_notes.body:" + noteId;
	}

	/** Versions after the first are sealed to their number too (the first kept its original binding). */
	static String noteContext(UUID noteId, long version) {
		return version == 0 ? noteContext(noteId) : noteContext(noteId) + ":" + version;
	}

	static String fileNameContext(UUID attachmentId) {
		return "attachments.file_name:" + attachmentId;
	}

	static String contentContext(UUID attachmentId) {
		return "attachments.content:" + attachmentId;
	}
}
