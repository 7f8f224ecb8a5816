package org.careslot.records;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.careslot.records.PatientRecord.Entry;
import org.careslot.records.PatientRecord.EntryKind;
import org.careslot.records.PatientRecord.Permissions;
import org.careslot.records.RecordRows.History;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's record as a whole (for the record screen and the PDF report), their history,
 * allergies, medications and conditions, and who read what. Every call checks access first and
 * writes the audit log in the same transaction. Visit notes are {@link VisitNotes}', files
 * {@link RecordAttachments}'; how rows are sealed is {@link RecordRows}'.
 */
@Service
public class RecordService {

	private final JdbcClient jdbc;
	private final RecordRows rows;
	private final RecordAccess access;
	private final ClinicalAudit audit;
	private final Clock clock;

	RecordService(JdbcClient jdbc, RecordRows rows, RecordAccess access, ClinicalAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
		this.audit = audit;
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
		History history = rows.history(patientId);
		List<Entry> entries = rows.entries(patientId, actor);
		boolean writer = granted != Access.BREAK_GLASS;
		return new PatientRecord(patient, history.medicalHistory(), history.historyUpdatedAt(), ofKind(entries, EntryKind.ALLERGY),
				ofKind(entries, EntryKind.MEDICATION), ofKind(entries, EntryKind.CONDITION), rows.notes(patientId, actor),
				rows.attachments(patientId),
				new Permissions(granted == Access.SELF, writer, writer, granted == Access.DOCTOR, granted == Access.BREAK_GLASS));
	}

	private static List<Entry> ofKind(List<Entry> entries, EntryKind kind) {
		return entries.stream().filter(e -> e.kind() == kind).toList();
	}

	/** The patient's own free-text history; only they write it. */
	@Transactional
	History updateHistory(Actor actor, UUID patientId, String text) {
		if (access.requireWriter(actor, patientId) != Access.SELF) {
			throw ApiException.forbidden(Text.of("record.onlyPatientWritesHistory"));
		}
		Instant now = clock.instant();
		rows.writeHistory(patientId, text, actor.id(), now);
		audit.log(actor, patientId, "UPDATE_HISTORY", null);
		return new History(text, now);
	}

	@Transactional
	Entry addEntry(Actor actor, UUID patientId, EntryKind kind, String text) {
		access.requireWriter(actor, patientId);
		UUID id = rows.insertEntry(patientId, kind, text, actor.id(), clock.instant());
		audit.log(actor, patientId, "ADD_ENTRY", kind.name());
		return rows.entry(id, actor);
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
			.orElseThrow(() -> ApiException.notFound(Text.of("notFound.entry")));
		if (!found.author().equals(actor.id())) {
			throw ApiException.forbidden(Text.of("record.onlyAuthorMarksError"));
		}
		if (found.marked()) {
			throw ApiException.conflict(Text.of("record.alreadyInError"));
		}
		jdbc.sql("UPDATE record_entries SET entered_in_error_at = :now, entered_in_error_by = :actor WHERE id = :id")
			.param("now", utc(clock.instant()))
			.param("actor", actor.id())
			.param("id", entryId)
			.update();
		audit.log(actor, patientId, "ENTERED_IN_ERROR", found.kind());
		return rows.entry(entryId, actor);
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
}
