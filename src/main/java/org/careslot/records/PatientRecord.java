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

	public record Entry(UUID id, EntryKind kind, String text, Instant createdAt, String createdByName) {
	}

	/** @param mine written by the reader, who may edit it */
	public record Note(UUID id, UUID appointmentId, Instant appointmentStart, UUID doctorId, String doctorName, String body,
			Instant createdAt, Instant updatedAt, boolean mine) {
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
