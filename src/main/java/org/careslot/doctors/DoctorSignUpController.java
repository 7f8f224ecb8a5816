package org.careslot.doctors;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A doctor signs themself up; the profile is listed once an administrator approves (AdminDoctorController). */
@RestController
@RequestMapping("/api/auth/register-doctor")
@Tag(name = "Doctors")
class DoctorSignUpController {

	private final DoctorService doctors;

	DoctorSignUpController(DoctorService doctors) {
		this.doctors = doctors;
	}

	@PostMapping
	@Operation(summary = "Doctor self sign-up; listed once an administrator approves")
	ResponseEntity<DoctorView> register(@Valid @RequestBody CreateDoctorRequest body) {
		DoctorView doctor = doctors.createDoctor(body.asSelfSignUp().toNewDoctor(), false);
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(doctor);
	}
}
