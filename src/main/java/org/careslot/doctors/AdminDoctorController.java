package org.careslot.doctors;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.careslot.identity.IdentityService;
import org.careslot.identity.UserView;
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

	/** What administrators see: the profile plus the sign-in email. */
	record AdminDoctorView(@JsonUnwrapped DoctorView profile, String email) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AdminDoctorController.class);

	private final DoctorService doctors;
	private final IdentityService identity;

	AdminDoctorController(DoctorService doctors, IdentityService identity) {
		this.doctors = doctors;
		this.identity = identity;
	}

	private AdminDoctorView admin(DoctorView doctor) {
		return new AdminDoctorView(doctor, identity.findById(doctor.userId()).map(UserView::email).orElse(null));
	}

	@PostMapping("/api/admin/doctors")
	@Operation(summary = "Create a listed doctor account (admin)")
	ResponseEntity<AdminDoctorView> create(@Valid @RequestBody CreateDoctorRequest body,
			@org.springframework.security.core.annotation.AuthenticationPrincipal org.careslot.identity.CurrentUser me) {
		DoctorView doctor = doctors.createDoctor(body.toNewDoctor(), true);
		log.info("Doctor {} created by admin {}", doctor.id(), me.id());
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(admin(doctor));
	}

	@GetMapping("/api/admin/doctors")
	@Operation(summary = "Doctors awaiting approval (PENDING) or listed (admin)")
	List<AdminDoctorView> list(@RequestParam(defaultValue = "PENDING") Listing status) {
		return doctors.byListing(status == Listing.LISTED).stream().map(this::admin).toList();
	}

	@PostMapping("/api/admin/doctors/{id}/approve")
	@Operation(summary = "List a self-registered doctor (admin)")
	AdminDoctorView approve(@PathVariable UUID id,
			@org.springframework.security.core.annotation.AuthenticationPrincipal org.careslot.identity.CurrentUser me) {
		log.info("Doctor {} approved by admin {}", id, me.id());
		return admin(doctors.approve(id));
	}

	@PostMapping("/api/auth/register-doctor")
	@Operation(summary = "Doctor self sign-up; listed once an administrator approves")
	ResponseEntity<DoctorView> register(@Valid @RequestBody CreateDoctorRequest body) {
		DoctorView doctor = doctors.createDoctor(body.asSelfSignUp().toNewDoctor(), false);
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(doctor);
	}
}
