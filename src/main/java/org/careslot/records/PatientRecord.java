package org.careslot.records;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A patient's clinical record, opened for one reader.
 *
 * @param access what the reader may do with it
 */
public record PatientRecord(Patient patient, String medicalHistory, Instant historyUpdatedAt, List<Entry> allergies,
		List<Entry> medications, List<Entry> conditions, List<Note> notes, List<Attachment> attachments,
		Permissions access) {

	public record Patient(UUID id, String fullName, String email, String phone, String language) {
	}

	/**
	 * @param mine             written by the reader, who alone may mark it as entered in error
	 * @param enteredInErrorAt when its author marked it as written by mistake (it stays, struck through); else null
	 */
	public record Entry(UUID id, EntryKind kind, String text, Instant createdAt, String createdByName, boolean mine,
			Instant enteredInErrorAt, String enteredInErrorByName) {
	}

	/**
	 * @param mine    written by the reader, who may edit it while the record is open to them
	 * @param version 0 as first written; each edit adds one and keeps the text it replaced
	 */
	public record Note(UUID id, UUID appointmentId, Instant appointmentStart, UUID doctorId, String doctorName, String body,
			Instant createdAt, Instant updatedAt, boolean mine, long version) {
	}

	public record Attachment(UUID id, String fileName, String contentType, long sizeBytes, UUID appointmentId,
			String uploadedByName, Instant createdAt) {
	}

	public record Permissions(boolean canEditHistory, boolean canEditEntries, boolean canUpload, boolean canWriteNotes,
			boolean breakGlass) {
	}

	public enum EntryKind {
		ALLERGY, MEDICATION, CONDITION
	}
}
