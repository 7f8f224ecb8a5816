package org.careslot.clinic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careslot.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clinic")
@Tag(name = "Clinic")
class ClinicController {

	private final ClinicService clinic;

	ClinicController(ClinicService clinic) {
		this.clinic = clinic;
	}

	record ClinicRequest(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n\\t]*", message = "{careslot.singleLine}") String name,
			@Size(max = 30) String phone, @NotNull @Size(max = 64) String timeZone) {
	}

	@GetMapping
	@Operation(summary = "The clinic's name, phone and time zone (anyone)")
	ClinicSettings get() {
		return clinic.settings();
	}

	@PutMapping
	@Operation(summary = "Change the clinic's name, phone and time zone (admins; the security configuration enforces it)")
	ClinicSettings put(@Valid @RequestBody ClinicRequest body, @AuthenticationPrincipal CurrentUser me) {
		ClinicSettings changed = clinic.update(me.id(), new ClinicSettings(body.name(), body.phone(), body.timeZone()));
		org.slf4j.LoggerFactory.getLogger(ClinicController.class).info("Clinic settings changed by admin {}", me.id());
		return changed;
	}
}
