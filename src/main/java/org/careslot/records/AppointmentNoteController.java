package org.careslot.records;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.careslot.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The appointment's doctor writes a visit note into the patient's record. */
@RestController
@RequestMapping("/api/appointments/{appointmentId}/notes")
@Tag(name = "Medical records")
class AppointmentNoteController {

	private final VisitNotes notes;

	AppointmentNoteController(VisitNotes notes) {
		this.notes = notes;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a visit note (the appointment's doctor)")
	PatientRecord.Note addNote(@PathVariable UUID appointmentId, @Valid @RequestBody VisitNoteController.NoteRequest body,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return notes.add(Actor.of(me, request), appointmentId, body.body());
	}
}
