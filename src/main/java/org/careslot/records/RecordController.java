package org.careslot.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.careslot.identity.CurrentUser;
import org.careslot.records.PatientRecord.EntryKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A patient's clinical record. Access is decided per patient in {@link RecordAccess}; every
 * read and write lands in the audit log the patient can see.
 */
@RestController
@Tag(name = "Medical records")
class RecordController {

	private final RecordService records;
	private final VisitNotes notes;
	private final RecordAttachments attachments;

	RecordController(RecordService records, VisitNotes notes, RecordAttachments attachments) {
		this.records = records;
		this.notes = notes;
		this.attachments = attachments;
	}

	record HistoryRequest(@NotNull @Size(max = 20_000) String text) {
	}

	record EntryRequest(@NotNull EntryKind kind, @NotBlank @Size(max = 500) String text) {
	}

	record NoteRequest(@NotBlank @Size(max = 20_000) String body) {
	}

	@GetMapping("/api/patients/{patientId}/record")
	@Operation(summary = "The patient's record: for the patient, their doctors, or an admin stating a reason in "
			+ "X-Break-Glass-Reason (audited); 404 for everyone else")
	PatientRecord record(@PathVariable UUID patientId, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.read(Actor.of(me, request), patientId);
	}

	@PutMapping("/api/patients/{patientId}/medical-history")
	@Operation(summary = "Replace the patient's medical history (the patient only)")
	RecordRows.History history(@PathVariable UUID patientId, @Valid @RequestBody HistoryRequest body,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.updateHistory(Actor.of(me, request), patientId, body.text());
	}

	@PostMapping("/api/patients/{patientId}/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an allergy, medication or condition (the patient or their doctors)")
	PatientRecord.Entry addEntry(@PathVariable UUID patientId, @Valid @RequestBody EntryRequest body,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.addEntry(Actor.of(me, request), patientId, body.kind(), body.text().strip());
	}

	@PostMapping("/api/patients/{patientId}/entries/{entryId}/entered-in-error")
	@Operation(summary = "Mark an allergy, medication or condition as entered in error (its author only)",
			description = "Nothing clinical is deleted: the entry stays in the record, struck through, with who marked it and "
					+ "when. 403 for another author's entry, 409 when already marked.")
	PatientRecord.Entry enteredInError(@PathVariable UUID patientId, @PathVariable UUID entryId,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.markEnteredInError(Actor.of(me, request), patientId, entryId);
	}

	@DeleteMapping("/api/patients/{patientId}/entries/{entryId}")
	@Operation(summary = "Same as marking the entry as entered in error: entries are never removed")
	PatientRecord.Entry deleteEntry(@PathVariable UUID patientId, @PathVariable UUID entryId,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.markEnteredInError(Actor.of(me, request), patientId, entryId);
	}

	@PostMapping("/api/appointments/{appointmentId}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a visit note (the appointment's doctor)")
	PatientRecord.Note addNote(@PathVariable UUID appointmentId, @Valid @RequestBody NoteRequest body,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return notes.add(Actor.of(me, request), appointmentId, body.body());
	}

	@PutMapping("/api/notes/{noteId}")
	@Operation(summary = "Edit a visit note (its author)")
	PatientRecord.Note updateNote(@PathVariable UUID noteId, @Valid @RequestBody NoteRequest body,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return notes.update(Actor.of(me, request), noteId, body.body());
	}

	@GetMapping("/api/notes/{noteId}/versions")
	@Operation(summary = "The texts a visit note had before each edit, newest first (anyone who may read the record)")
	List<VisitNotes.NoteVersion> noteVersions(@PathVariable UUID noteId, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		return notes.versions(Actor.of(me, request), noteId);
	}

	@PostMapping(path = "/api/patients/{patientId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a PDF, PNG or JPEG (at most 10 MB; the type is judged by content)")
	PatientRecord.Attachment upload(@PathVariable UUID patientId, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) UUID appointmentId, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) throws IOException {
		return attachments.upload(Actor.of(me, request), patientId, file.getOriginalFilename(), file.getBytes(), appointmentId);
	}

	@GetMapping("/api/patients/{patientId}/attachments/{attachmentId}")
	@Operation(summary = "Download an attachment")
	ResponseEntity<byte[]> download(@PathVariable UUID patientId, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		RecordAttachments.Download file = attachments.download(Actor.of(me, request), patientId, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			// always a download, never shown inline where a crafted file could run in our origin
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	@GetMapping("/api/patients/{patientId}/access-log")
	@Operation(summary = "Who read or changed the record, when and from where (the patient only)")
	List<ClinicalAudit.Entry> accessLog(@PathVariable UUID patientId, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		return records.accessLog(Actor.of(me, request), patientId);
	}

	@GetMapping("/api/admin/patients/{patientId}/record-summary")
	@Operation(summary = "What the record holds, without its content (admin)")
	RecordService.Summary summary(@PathVariable UUID patientId) {
		return records.summary(patientId);
	}

	@GetMapping("/api/admin/audit")
	@Operation(summary = "The clinical audit log, newest first, optionally for one patient (admin)")
	List<ClinicalAudit.Entry> audit(@RequestParam(required = false) UUID patientId) {
		return records.auditLog(patientId);
	}
}
