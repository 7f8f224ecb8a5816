package org.careslot.doctors;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.careslot.platform.ApiException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/doctors")
@Validated
@Tag(name = "Doctors")
class DoctorController {

	private final DoctorService doctors;

	DoctorController(DoctorService doctors) {
		this.doctors = doctors;
	}

	@GetMapping
	@Operation(summary = "Search the doctor directory", description = "Filter by specialty, search by name (typo-tolerant); paged.")
	DoctorPage search(@RequestParam(required = false) @Size(max = 100) String specialty,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return doctors.search(specialty, q, page, size);
	}

	@GetMapping("/specialties")
	@Operation(summary = "Specialties that have at least one listed doctor")
	List<String> specialties() {
		return doctors.specialties();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A doctor's profile with weekly hours")
	DoctorView profile(@PathVariable UUID id) {
		return doctors.find(id).orElseThrow(() -> ApiException.notFound("Doctor"));
	}
}
