package org.careslot.records;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.careslot.appointments.CareTeam;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.FieldEncryption;
import org.careslot.platform.FieldEncryption.Sealed;
import org.careslot.records.PatientRecord.Attachment;
import org.careslot.records.PatientRecord.Entry;
import org.careslot.records.PatientRecord.EntryKind;
import org.careslot.records.PatientRecord.Note;
import org.careslot.records.PatientRecord.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medical history, allergies, medications, conditions, visit notes and attachments. Every call
 * checks access first and writes the audit log in the same transaction; clinical text and files
 * are sealed before they reach the database and opened only for a reader who passed the check.
 */
@Service
public class RecordService {

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

	/** The patient's own words about their health, and when they last changed them. */
	record History(String medicalHistory, Instant historyUpdatedAt) {
	}

	private final JdbcClient jdbc;
	private final RecordAccess access;
	private final ClinicalAudit audit;
	private final FieldEncryption encryption;
	private final AttachmentFiles files;
	private final CareTeam careTeam;
	private final Clock clock;

	RecordService(JdbcClient jdbc, RecordAccess access, ClinicalAudit audit, FieldEncryption encryption, AttachmentFiles files,
			CareTeam careTeam, Clock clock) {
		this.careTeam = careTeam;
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.encryption = encryption;
		this.files = files;
		this.clock = clock;
	}

	@Transactional
	PatientRecord read(Actor actor, UUID patientId) {
		Access granted = access.require(actor, patientId);
		audit.log(actor, patientId, granted == Access.BREAK_GLASS ? "BREAK_GLASS_READ" : "READ_RECORD", null);
		return load(actor, patientId, granted);
	}

	/** The whole record for a report: the same access rules, audited as a report download. */
	@Transactional
	public PatientRecord forReport(UUID readerId, Role readerRole, String address, UUID patientId) {
		Actor actor = new Actor(readerId, readerRole, address, null);
		Access granted = access.require(actor, patientId);
		audit.log(actor, patientId, "DOWNLOAD_REPORT", null);
		return load(actor, patientId, granted);
	}

	private PatientRecord load(Actor actor, UUID patientId, Access granted) {
		PatientRecord.Patient patient = jdbc.sql("SELECT id, full_name, email, phone, language FROM users WHERE id = :id")
			.param("id", patientId)
			.query((rs, n) -> new PatientRecord.Patient(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.single();
		History history = jdbc.sql("SELECT medical_history, key_id, history_updated_at FROM patients WHERE user_id = :id")
			.param("id", patientId)
			.query((rs, n) -> new History(open(rs, "medical_history", historyContext(patientId)),
					instant(rs, "history_updated_at")))
			.optional()
			.orElse(new History("", null));
		List<Entry> entries = jdbc.sql(ENTRIES + "WHERE e.patient_id = :id ORDER BY e.created_at, e.id")
			.param("id", patientId)
			.query((rs, n) -> entry(rs, actor))
			.list();
		List<Note> notes = jdbc.sql(NOTES + "WHERE n.patient_id = :id ORDER BY n.created_at DESC, n.id")
			.param("id", patientId)
			.query((rs, n) -> note(rs, actor))
			.list();
		List<Attachment> attachments = jdbc.sql(ATTACHMENTS + "WHERE t.patient_id = :id ORDER BY t.created_at DESC, t.id")
			.param("id", patientId)
			.query(this::attachment)
			.list();
		boolean writer = granted != Access.BREAK_GLASS;
		return new PatientRecord(patient, history.medicalHistory(), history.historyUpdatedAt(), ofKind(entries, EntryKind.ALLERGY),
				ofKind(entries, EntryKind.MEDICATION), ofKind(entries, EntryKind.CONDITION), notes, attachments,
				new Permissions(granted == Access.SELF, writer, writer, granted == Access.DOCTOR, granted == Access.BREAK_GLASS));
	}

	private static List<Entry> ofKind(List<Entry> entries, EntryKind kind) {
		return entries.stream().filter(e -> e.kind() == kind).toList();
	}

	/** The patient's own free-text history; only they write it. */
	@Transactional
	History updateHistory(Actor actor, UUID patientId, String text) {
		if (access.requireWriter(actor, patientId) != Access.SELF) {
			throw ApiException.forbidden("Only the patient writes their medical history");
		}
		Sealed sealed = encryption.sealText(text, historyContext(patientId));
		jdbc.sql("""
				INSERT INTO patients (user_id, medical_history, key_id, history_updated_at, history_updated_by)
				VALUES (:id, :history, :key, :now, :actor)
				ON CONFLICT (user_id) DO UPDATE SET medical_history = EXCLUDED.medical_history, key_id = EXCLUDED.key_id,
				  history_updated_at = EXCLUDED.history_updated_at, history_updated_by = EXCLUDED.history_updated_by
				""")
			.param("id", patientId)
			.param("history", sealed.data())
			.param("key", sealed.keyId())
			.param("now", utc(clock.instant()))
			.param("actor", actor.id())
			.update();
		audit.log(actor, patientId, "UPDATE_HISTORY", null);
		return new History(text, clock.instant());
	}

	@Transactional
	Entry addEntry(Actor actor, UUID patientId, EntryKind kind, String text) {
		access.requireWriter(actor, patientId);
		UUID id = UUID.randomUUID();
		Sealed sealed = encryption.sealText(text, entryContext(id));
		jdbc.sql("""
				INSERT INTO record_entries (id, patient_id, kind, text, key_id, created_by, created_at)
				VALUES (:id, :patient, :kind, :text, :key, :actor, :now)
				""")
			.param("id", id)
			.param("patient", patientId)
			.param("kind", kind.name())
			.param("text", sealed.data())
			.param("key", sealed.keyId())
			.param("actor", actor.id())
			.param("now", utc(clock.instant()))
			.update();
		audit.log(actor, patientId, "ADD_ENTRY", kind.name());
		return jdbc.sql(ENTRIES + "WHERE e.id = :id").param("id", id).query((rs, n) -> entry(rs, actor)).single();
	}

	/**
	 * Nothing is deleted: its author marks an entry as entered in error, and it stays in the record
	 * (struck through) with who did it and when. Nobody marks another author's entry.
	 */
	@Transactional
	Entry markEnteredInError(Actor actor, UUID patientId, UUID entryId) {
		access.requireWriter(actor, patientId);
		record Found(UUID author, boolean marked, String kind) {
		}
		Found found = jdbc.sql("SELECT created_by, entered_in_error_at IS NOT NULL, kind FROM record_entries WHERE id = :id AND patient_id = :patient")
			.param("id", entryId)
			.param("patient", patientId)
			.query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> ApiException.notFound("Entry"));
		if (!found.author().equals(actor.id())) {
			throw ApiException.forbidden("Only the entry's author can mark it as entered in error");
		}
		if (found.marked()) {
			throw ApiException.conflict("This entry is already marked as entered in error");
		}
		jdbc.sql("UPDATE record_entries SET entered_in_error_at = :now, entered_in_error_by = :actor WHERE id = :id")
			.param("now", utc(clock.instant()))
			.param("actor", actor.id())
			.param("id", entryId)
			.update();
		audit.log(actor, patientId, "ENTERED_IN_ERROR", found.kind());
		return jdbc.sql(ENTRIES + "WHERE e.id = :id").param("id", entryId).query((rs, n) -> entry(rs, actor)).single();
	}

	/** A note by the doctor of the appointment, about that visit, while the patient's record is open to them. */
	@Transactional
	Note addNote(Actor actor, UUID appointmentId, String body) {
		CareTeam.Visit visit = careTeam.visitOf(actor.id(), appointmentId)
			.orElseThrow(() -> ApiException.notFound("Appointment"));
		if (visit.cancelled()) {
			throw ApiException.unprocessable("A cancelled appointment takes no visit notes");
		}
		access.requireWriter(actor, visit.patientId());
		UUID id = UUID.randomUUID();
		Sealed sealed = encryption.sealText(body, noteContext(id));
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
		return note(actor, id);
	}

	/**
	 * Only the note's author edits it, and only while the patient's record is still open to them;
	 * the text it replaces is kept as a version.
	 */
	@Transactional
	Note updateNote(Actor actor, UUID noteId, String body) {
		UUID patientId = jdbc.sql("SELECT patient_id FROM visit_notes WHERE id = :id AND author_id = :author FOR UPDATE")
			.param("id", noteId)
			.param("author", actor.id())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> ApiException.notFound("Note"));
		access.requireWriter(actor, patientId);
		jdbc.sql("""
				INSERT INTO visit_note_versions (note_id, version, body, key_id, written_at, written_by)
				SELECT id, version, body, key_id, updated_at, author_id FROM visit_notes WHERE id = :id
				""")
			.param("id", noteId)
			.update();
		long version = jdbc.sql("SELECT version + 1 FROM visit_notes WHERE id = :id").param("id", noteId).query(Long.class).single();
		// each version is sealed to its own number, so an old text cannot be passed off as the current one
		Sealed sealed = encryption.sealText(body, noteContext(noteId, version));
		jdbc.sql("UPDATE visit_notes SET body = :body, key_id = :key, updated_at = :now, version = :version WHERE id = :id")
			.param("body", sealed.data())
			.param("key", sealed.keyId())
			.param("now", utc(clock.instant()))
			.param("version", version)
			.param("id", noteId)
			.update();
		audit.log(actor, patientId, "UPDATE_NOTE", null);
		return note(actor, noteId);
	}

	/** The earlier texts of a note, newest first, for anyone who may read the record. */
	@Transactional
	List<NoteVersion> noteVersions(Actor actor, UUID noteId) {
		UUID patientId = jdbc.sql("SELECT patient_id FROM visit_notes WHERE id = :id").param("id", noteId).query(UUID.class)
			.optional().orElseThrow(RecordAccess::notFound);
		access.require(actor, patientId);
		audit.log(actor, patientId, "READ_NOTE_VERSIONS", null);
		return jdbc.sql("""
				SELECT v.version, v.body, v.key_id, v.written_at, u.full_name FROM visit_note_versions v
				JOIN users u ON u.id = v.written_by WHERE v.note_id = :id ORDER BY v.version DESC
				""")
			.param("id", noteId)
			.query((rs, n) -> new NoteVersion(rs.getLong("version"), open(rs, "body", noteContext(noteId, rs.getLong("version"))),
					instant(rs, "written_at"), rs.getString("full_name")))
			.list();
	}

	/** A text a note had before it was edited. */
	record NoteVersion(long version, String body, Instant writtenAt, String writtenByName) {
	}

	private Note note(Actor actor, UUID noteId) {
		return jdbc.sql(NOTES + "WHERE n.id = :id").param("id", noteId).query((rs, n) -> note(rs, actor)).single();
	}

	/** @param appointmentId optional: the visit the file belongs to, one of this patient's */
	@Transactional
	Attachment upload(Actor actor, UUID patientId, String originalName, byte[] content, UUID appointmentId) {
		Access granted = access.requireWriter(actor, patientId);
		if (content.length == 0) {
			throw ApiException.invalid("file", "is empty");
		}
		if (content.length > AttachmentFiles.MAX_BYTES) {
			throw ApiException.invalid("file", "must be at most 10 MB");
		}
		String type = files.detectType(content);
		long stored = jdbc.sql("SELECT coalesce(sum(size_bytes), 0) FROM attachments WHERE patient_id = :patient")
			.param("patient", patientId).query(Long.class).single();
		if (stored + content.length > files.quotaBytes()) {
			throw ApiException.unprocessable("This record's files would take more than " + files.quotaBytes() / (1024 * 1024)
					+ " MB; please ask the clinic to archive older files before adding more");
		}
		if (appointmentId != null && !appointmentOf(appointmentId, patientId, granted == Access.DOCTOR ? actor.id() : null)) {
			throw ApiException.invalid("appointmentId", "is not one of this patient's appointments");
		}
		UUID id = UUID.randomUUID();
		String name = AttachmentFiles.safeName(originalName, type);
		Sealed sealedName = encryption.sealText(name, "attachments.file_name:" + id);
		Sealed sealedContent = encryption.seal(content, "attachments.content:" + id);
		jdbc.sql("""
				INSERT INTO attachments (id, patient_id, appointment_id, uploaded_by, file_name, content_type, size_bytes,
				  content, key_id, created_at)
				VALUES (:id, :patient, :appointment, :actor, :name, :type, :size, :content, :key, :now)
				""")
			.param("id", id)
			.param("patient", patientId)
			.param("appointment", appointmentId)
			.param("actor", actor.id())
			.param("name", sealedName.data())
			.param("type", type)
			.param("size", content.length)
			.param("content", sealedContent.data())
			.param("key", sealedContent.keyId())
			.param("now", utc(clock.instant()))
			.update();
		audit.log(actor, patientId, "UPLOAD_ATTACHMENT", type);
		return jdbc.sql(ATTACHMENTS + "WHERE t.id = :id").param("id", id).query(this::attachment).single();
	}

	private boolean appointmentOf(UUID appointmentId, UUID patientId, UUID doctorUserId) {
		return careTeam.isVisitOf(appointmentId, patientId, doctorUserId);
	}

	record Download(String fileName, String contentType, byte[] content) {
	}

	@Transactional
	Download download(Actor actor, UUID patientId, UUID attachmentId) {
		access.require(actor, patientId);
		Download file = jdbc.sql("""
				SELECT file_name, content, key_id, content_type FROM attachments WHERE id = :id AND patient_id = :patient
				""")
			.param("id", attachmentId)
			.param("patient", patientId)
			.query((rs, n) -> {
				String keyId = rs.getString("key_id");
				return new Download(
						encryption.openText(new Sealed(keyId, rs.getBytes("file_name")), "attachments.file_name:" + attachmentId),
						rs.getString("content_type"),
						encryption.open(new Sealed(keyId, rs.getBytes("content")), "attachments.content:" + attachmentId));
			})
			.optional()
			.orElseThrow(() -> ApiException.notFound("Attachment"));
		audit.log(actor, patientId, "DOWNLOAD_ATTACHMENT", file.contentType());
		return file;
	}

	/** Who read or changed the record: for the patient themself only. */
	@Transactional(readOnly = true)
	List<ClinicalAudit.Entry> accessLog(Actor actor, UUID patientId) {
		if (access.require(actor, patientId) != Access.SELF) {
			throw RecordAccess.notFound();
		}
		return audit.list(patientId, 500).stream().map(ClinicalAudit.Entry::forThePatient).toList();
	}

	/** The admin's view of the audit log; reading the log is not itself clinical. */
	@Transactional(readOnly = true)
	List<ClinicalAudit.Entry> auditLog(UUID patientId) {
		return audit.list(patientId, 1000);
	}

	/** What an admin may know without reading clinical content: counts and the last change. */
	record Summary(UUID patientId, String fullName, int allergies, int medications, int conditions, int notes,
			int attachments, Instant lastChangedAt) {
	}

	@Transactional(readOnly = true)
	Summary summary(UUID patientId) {
		return jdbc.sql("""
				SELECT u.id, u.full_name,
				  (SELECT count(*) FROM record_entries e WHERE e.patient_id = u.id AND e.kind = 'ALLERGY') AS allergies,
				  (SELECT count(*) FROM record_entries e WHERE e.patient_id = u.id AND e.kind = 'MEDICATION') AS medications,
				  (SELECT count(*) FROM record_entries e WHERE e.patient_id = u.id AND e.kind = 'CONDITION') AS conditions,
				  (SELECT count(*) FROM visit_notes n WHERE n.patient_id = u.id) AS notes,
				  (SELECT count(*) FROM attachments t WHERE t.patient_id = u.id) AS attachments,
				  (SELECT max(a.at) FROM clinical_audit a WHERE a.patient_id = u.id AND a.action NOT IN
				     ('READ_RECORD', 'BREAK_GLASS_READ', 'DOWNLOAD_ATTACHMENT', 'DOWNLOAD_REPORT')) AS last_changed_at
				FROM users u WHERE u.id = :id AND u.role = 'PATIENT'
				""")
			.param("id", patientId)
			.query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getInt("allergies"),
					rs.getInt("medications"), rs.getInt("conditions"), rs.getInt("notes"), rs.getInt("attachments"),
					instant(rs, "last_changed_at")))
			.optional()
			.orElseThrow(RecordAccess::notFound);
	}

	private Entry entry(ResultSet rs, Actor reader) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Entry(id, EntryKind.valueOf(rs.getString("kind")), open(rs, "text", entryContext(id)),
				instant(rs, "created_at"), rs.getString("full_name"), reader.id().equals(rs.getObject("created_by", UUID.class)),
				instant(rs, "entered_in_error_at"), rs.getString("entered_in_error_by_name"));
	}

	private Note note(ResultSet rs, Actor actor) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Note(id, rs.getObject("appointment_id", UUID.class), instant(rs, "starts_at"),
				rs.getObject("doctor_id", UUID.class), rs.getString("doctor_name"),
				open(rs, "body", noteContext(id, rs.getLong("version"))), instant(rs, "created_at"), instant(rs, "updated_at"),
				actor.id().equals(rs.getObject("author_id", UUID.class)), rs.getLong("version"));
	}

	private Attachment attachment(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Attachment(id, open(rs, "file_name", "attachments.file_name:" + id), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getObject("appointment_id", UUID.class), rs.getString("full_name"),
				instant(rs, "created_at"));
	}

	/** A sealed text column of the current row, with the row's key id beside it; SQL NULL is "". */
	private String open(ResultSet rs, String column, String context) throws SQLException {
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
}
