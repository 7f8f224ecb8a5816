package org.careslot.records;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What administrators see of records: what a record holds (not its content) and the clinical audit log. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Medical records")
class RecordAdminController {

	private final RecordService records;

	RecordAdminController(RecordService records) {
		this.records = records;
	}

	@GetMapping("/patients/{patientId}/record-summary")
	@Operation(summary = "What the record holds, without its content (admin)")
	RecordService.Summary summary(@PathVariable UUID patientId) {
		return records.summary(patientId);
	}

	@GetMapping("/audit")
	@Operation(summary = "The clinical audit log, newest first, optionally for one patient (admin)")
	List<ClinicalAudit.Entry> audit(@RequestParam(required = false) UUID patientId) {
		return records.auditLog(patientId);
	}
}
