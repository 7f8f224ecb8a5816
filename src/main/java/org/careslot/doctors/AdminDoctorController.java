package org.careslot.doctors;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.IdentityService;
import org.careslot.identity.UserView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Doctor accounts as administrators manage them: created by one, or self-registered and approved by one. */
@RestController
@RequestMapping("/api/admin/doctors")
@Tag(name = "Doctors")
class AdminDoctorController {

	enum Listing {
		PENDING, LISTED
	}

	/** What administrators see: the profile plus the sign-in email. */
	record AdminDoctorView(@JsonUnwrapped DoctorView profile, String email) {
	}

	private static final Logger log = LoggerFactory.getLogger(AdminDoctorController.class);

	private final DoctorService doctors;
	private final IdentityService identity;

	AdminDoctorController(DoctorService doctors, IdentityService identity) {
		this.doctors = doctors;
		this.identity = identity;
	}

	private AdminDoctorView admin(DoctorView doctor) {
		return new AdminDoctorView(doctor, identity.findById(doctor.userId()).map(UserView::email).orElse(null));
	}

	@PostMapping
	@Operation(summary = "Create a listed doctor account (admin)")
	ResponseEntity<AdminDoctorView> create(@Valid @RequestBody CreateDoctorRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		DoctorView doctor = doctors.createDoctor(body.toNewDoctor(), true);
		log.info("Doctor {} created by admin {}", doctor.id(), me.id());
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(admin(doctor));
	}

	@GetMapping
	@Operation(summary = "Doctors awaiting approval (PENDING) or listed (admin)")
	List<AdminDoctorView> list(@RequestParam(defaultValue = "PENDING") Listing status) {
		return doctors.byListing(status == Listing.LISTED).stream().map(this::admin).toList();
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "List a self-registered doctor (admin)")
	AdminDoctorView approve(@PathVariable UUID id,
			@AuthenticationPrincipal CurrentUser me) {
		log.info("Doctor {} approved by admin {}", id, me.id());
		return admin(doctors.approve(id));
	}
}
