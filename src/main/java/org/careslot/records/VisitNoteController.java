package org.careslot.records;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careslot.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A visit note once written: edits by its author, and the texts it had before. Writing one: {@link AppointmentNoteController}.
 */
@RestController
@RequestMapping("/api/notes/{noteId}")
@Tag(name = "Medical records")
class VisitNoteController {

	private final VisitNotes notes;

	VisitNoteController(VisitNotes notes) {
		this.notes = notes;
	}

	record NoteRequest(@NotBlank @Size(max = 20_000) String body) {
	}

	@PutMapping
	@Operation(summary = "Edit a visit note (its author)")
	PatientRecord.Note updateNote(@PathVariable UUID noteId, @Valid @RequestBody NoteRequest body,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return notes.update(Actor.of(me, request), noteId, body.body());
	}

	@GetMapping("/versions")
	@Operation(summary = "The texts a visit note had before each edit, newest first (anyone who may read the record)")
	List<VisitNotes.NoteVersion> noteVersions(@PathVariable UUID noteId, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		return notes.versions(Actor.of(me, request), noteId);
	}
}
