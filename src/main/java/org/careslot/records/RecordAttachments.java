package org.careslot.records;

import static org.careslot.platform.SqlTime.utc;

import java.time.Clock;
import java.util.UUID;

import org.careslot.appointments.CareTeam;
import org.careslot.platform.ApiException;
import org.careslot.platform.FieldEncryption;
import org.careslot.platform.FieldEncryption.Sealed;
import org.careslot.platform.Text;
import org.careslot.records.PatientRecord.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files in a patient's record: judged by their bytes, held to the record's quota, sealed with their
 * names, and handed out only after the access check, each upload and download audited.
 */
@Service
class RecordAttachments {

	private final JdbcClient jdbc;
	private final RecordRows rows;
	private final RecordAccess access;
	private final ClinicalAudit audit;
	private final FieldEncryption encryption;
	private final AttachmentFiles files;
	private final CareTeam careTeam;
	private final Clock clock;

	RecordAttachments(JdbcClient jdbc, RecordRows rows, RecordAccess access, ClinicalAudit audit,
			FieldEncryption encryption, AttachmentFiles files, CareTeam careTeam, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
		this.audit = audit;
		this.encryption = encryption;
		this.files = files;
		this.careTeam = careTeam;
		this.clock = clock;
	}

	/** @param appointmentId optional: the visit the file belongs to, one of this patient's */
	@Transactional
	Attachment upload(Actor actor, UUID patientId, String originalName, byte[] content, UUID appointmentId) {
		Access granted = access.requireWriter(actor, patientId);
		if (content.length == 0) {
			throw ApiException.invalid("file", Text.of("file.empty"));
		}
		if (content.length > AttachmentFiles.MAX_BYTES) {
			throw ApiException.invalid("file", Text.of("file.tooLarge"));
		}
		String type = files.detectType(content);
		long stored = jdbc.sql("SELECT coalesce(sum(size_bytes), 0) FROM attachments WHERE patient_id = :patient")
			.param("patient", patientId).query(Long.class).single();
		if (stored + content.length > files.quotaBytes()) {
			throw ApiException.unprocessable(Text.of("attachment.quotaExceeded", "megabytes",
					Long.toString(files.quotaBytes() / (1024 * 1024))));
		}
		// a doctor may only file it under a visit of their own
		if (appointmentId != null
				&& !careTeam.isVisitOf(appointmentId, patientId, granted == Access.DOCTOR ? actor.id() : null)) {
			throw ApiException.invalid("appointmentId", Text.of("attachment.notPatientsAppointment"));
		}
		UUID id = UUID.randomUUID();
		String name = AttachmentFiles.safeName(originalName, type);
		Sealed sealedName = encryption.sealText(name, RecordRows.fileNameContext(id));
		Sealed sealedContent = encryption.seal(content, RecordRows.contentContext(id));
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
		return rows.attachment(id);
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
						encryption.openText(new Sealed(keyId, rs.getBytes("file_name")), RecordRows.fileNameContext(attachmentId)),
						rs.getString("content_type"),
						encryption.open(new Sealed(keyId, rs.getBytes("content")), RecordRows.contentContext(attachmentId)));
			})
			.optional()
			.orElseThrow(() -> ApiException.notFound(Text.of("notFound.attachment")));
		audit.log(actor, patientId, "DOWNLOAD_ATTACHMENT", file.contentType());
		return file;
	}
}
