package org.careslot.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.careslot.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class ReportController {

	private final PatientReport reports;
	private final Clock clock;

	ReportController(PatientReport reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping(path = "/api/patients/{patientId}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The patient's record as a PDF in their language (the patient and their doctors; audited)")
	ResponseEntity<byte[]> report(@PathVariable UUID patientId, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		byte[] pdf = reports.render(me.id(), me.role(), request.getRemoteAddr(), patientId);
		String name = "careslot-report-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(pdf);
	}
}
