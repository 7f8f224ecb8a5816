package org.careslot.doctors;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory and doctors' public profiles. Hours: {@link ScheduleController}. */
@RestController
@RequestMapping("/api/doctors")
@Validated
@Tag(name = "Doctors")
class DoctorController {

	private final DoctorService doctors;
	private final DoctorDirectory directory;

	DoctorController(DoctorService doctors, DoctorDirectory directory) {
		this.doctors = doctors;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "Search the doctor directory",
			description = "One search box over names (typo-tolerant), specialties and profile text; filter by specialty and "
					+ "language (ISO 639-1); sort=relevance (default when searching), soonest, name (default) or fee, "
					+ "applied across all pages. Each item carries its soonest free slot; facets count the other filters' matches.")
	DoctorPage search(@RequestParam(required = false) @Size(max = 100) String specialty,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) @Size(max = 35) String language,
			@RequestParam(required = false) @Size(max = 20) String sort,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		String query = text("q", q);
		return directory.search(new DoctorService.DirectoryQuery(text("specialty", specialty), query,
				text("language", language), DirectorySort.parse(sort, query != null), page, size));
	}

	/** Blank means not given; control characters (a NUL byte among them) are refused, naming the field. */
	private static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD')) {
			throw ApiException.invalid(field, Text.of("field.plainText"));
		}
		return value.strip();
	}

	@GetMapping("/specialties")
	@Operation(summary = "Specialties that have at least one listed doctor")
	List<String> specialties() {
		return doctors.specialties();
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in doctor's own profile")
	DoctorView mine(@AuthenticationPrincipal CurrentUser me) {
		if (me == null) {
			throw ApiException.unauthorized(Text.of("auth.signIn"));
		}
		return doctors.findByUserId(me.id()).orElseThrow(() -> ApiException.notFound(Text.of("notFound.doctor")));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A doctor's profile with weekly hours", description = "Unlisted doctors are visible only to themselves and admins.")
	DoctorView profile(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		return doctors.findListed(id)
			.or(() -> doctors.find(id).filter(d -> me != null && (me.is(Role.ADMIN) || d.userId().equals(me.id()))))
			.orElseThrow(() -> ApiException.notFound(Text.of("notFound.doctor")));
	}
}
