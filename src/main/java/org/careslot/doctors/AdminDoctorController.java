package org.careslot.doctors;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.careslot.doctors.ScheduleRequests.CreateDoctorRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Doctor accounts: created by an administrator, or self-registered and approved by one. */
@RestController
@Tag(name = "Doctors")
class AdminDoctorController {

	enum Listing {
		PENDING, LISTED
	}

	private final DoctorService doctors;

	AdminDoctorController(DoctorService doctors) {
		this.doctors = doctors;
	}

	@PostMapping("/api/admin/doctors")
	@Operation(summary = "Create a listed doctor account (admin)")
	ResponseEntity<DoctorView> create(@Valid @RequestBody CreateDoctorRequest body) {
		DoctorView doctor = doctors.createDoctor(body.toNewDoctor(), true);
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(doctor);
	}

	@GetMapping("/api/admin/doctors")
	@Operation(summary = "Doctors awaiting approval (PENDING) or listed (admin)")
	List<DoctorView> list(@RequestParam(defaultValue = "PENDING") Listing status) {
		return doctors.byListing(status == Listing.LISTED);
	}

	@PostMapping("/api/admin/doctors/{id}/approve")
	@Operation(summary = "List a self-registered doctor (admin)")
	DoctorView approve(@PathVariable UUID id) {
		return doctors.approve(id);
	}

	@PostMapping("/api/auth/register-doctor")
	@Operation(summary = "Doctor self sign-up; listed once an administrator approves")
	ResponseEntity<DoctorView> register(@Valid @RequestBody CreateDoctorRequest body) {
		var request = new CreateDoctorRequest(body.email(), body.password(), body.fullName(), body.specialty(),
				body.timeZone(), body.bio(), body.yearsOfExperience(), body.languages(), body.consultationFee(),
				body.slotMinutes(), false);
		DoctorView doctor = doctors.createDoctor(request.toNewDoctor(), false);
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(doctor);
	}
}
