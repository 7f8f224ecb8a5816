package org.careslot.records;

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
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient's clinical record: history, allergies, medications, conditions, and who looked. Access is decided per
 * patient in {@link RecordAccess}; every read and write lands in the audit log the patient can see.
 */
@RestController
@RequestMapping("/api/patients/{patientId}")
@Tag(name = "Medical records")
class RecordController {

	private final RecordService records;

	RecordController(RecordService records) {
		this.records = records;
	}

	record HistoryRequest(@NotNull @Size(max = 20_000) String text) {
	}

	record EntryRequest(@NotNull EntryKind kind, @NotBlank @Size(max = 500) String text) {
	}

	@GetMapping("/record")
	@Operation(summary = "The patient's record: for the patient, their doctors, or an admin stating a reason in "
			+ "X-Break-Glass-Reason (audited); 404 for everyone else")
	PatientRecord record(@PathVariable UUID patientId, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.read(Actor.of(me, request), patientId);
	}

	@PutMapping("/medical-history")
	@Operation(summary = "Replace the patient's medical history (the patient only)")
	RecordRows.History history(@PathVariable UUID patientId, @Valid @RequestBody HistoryRequest body,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.updateHistory(Actor.of(me, request), patientId, body.text());
	}

	@PostMapping("/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an allergy, medication or condition (the patient or their doctors)")
	PatientRecord.Entry addEntry(@PathVariable UUID patientId, @Valid @RequestBody EntryRequest body,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.addEntry(Actor.of(me, request), patientId, body.kind(), body.text().strip());
	}

	@PostMapping("/entries/{entryId}/entered-in-error")
	@Operation(summary = "Mark an allergy, medication or condition as entered in error (its author only)",
			description = "Nothing clinical is deleted: the entry stays in the record, struck through, with who marked it and "
					+ "when. 403 for another author's entry, 409 when already marked.")
	PatientRecord.Entry enteredInError(@PathVariable UUID patientId, @PathVariable UUID entryId,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.markEnteredInError(Actor.of(me, request), patientId, entryId);
	}

	@DeleteMapping("/entries/{entryId}")
	@Operation(summary = "Same as marking the entry as entered in error: entries are never removed")
	PatientRecord.Entry deleteEntry(@PathVariable UUID patientId, @PathVariable UUID entryId,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return records.markEnteredInError(Actor.of(me, request), patientId, entryId);
	}

	@GetMapping("/access-log")
	@Operation(summary = "Who read or changed the record, when and from where (the patient only)")
	List<ClinicalAudit.Entry> accessLog(@PathVariable UUID patientId, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		return records.accessLog(Actor.of(me, request), patientId);
	}
}
