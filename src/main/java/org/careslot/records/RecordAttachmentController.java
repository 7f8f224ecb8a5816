package org.careslot.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.careslot.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files in a patient's record: uploads judged by content, downloads that never render inline. */
@RestController
@RequestMapping("/api/patients/{patientId}/attachments")
@Tag(name = "Medical records")
class RecordAttachmentController {

	private final RecordAttachments attachments;

	RecordAttachmentController(RecordAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a PDF, PNG or JPEG (at most 10 MB; the type is judged by content)")
	PatientRecord.Attachment upload(@PathVariable UUID patientId, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) UUID appointmentId, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) throws IOException {
		return attachments.upload(Actor.of(me, request), patientId, file.getOriginalFilename(), file.getBytes(), appointmentId);
	}

	@GetMapping("/{attachmentId}")
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
}
