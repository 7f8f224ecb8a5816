package org.careslot.doctors;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.careslot.doctors.ScheduleRequests.OverrideRequest;
import org.careslot.doctors.ScheduleRequests.ScheduleRequest;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.Plausible;
import org.careslot.scheduling.DateOverride;
import org.careslot.scheduling.SchedulingService;
import org.careslot.scheduling.TimeOff;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/doctors")
@Validated
@Tag(name = "Doctors")
class DoctorController {

	private final DoctorService doctors;
	private final SchedulingService scheduling;
	private final DoctorDirectory directory;
	private final Clock clock;

	DoctorController(DoctorService doctors, SchedulingService scheduling, DoctorDirectory directory, Clock clock) {
		this.doctors = doctors;
		this.scheduling = scheduling;
		this.directory = directory;
		this.clock = clock;
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
			throw ApiException.invalid(field, "must be plain text");
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
			throw ApiException.unauthorized("Sign in to continue");
		}
		return doctors.findByUserId(me.id()).orElseThrow(() -> ApiException.notFound("Doctor"));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A doctor's profile with weekly hours", description = "Unlisted doctors are visible only to themselves and admins.")
	DoctorView profile(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		return doctors.findListed(id)
			.or(() -> doctors.find(id).filter(d -> me != null && (me.is(Role.ADMIN) || d.userId().equals(me.id()))))
			.orElseThrow(() -> ApiException.notFound("Doctor"));
	}

	record ScheduleView(String timeZone, int slotMinutes, int bufferMinutes, int minNoticeMinutes, int horizonDays,
			List<WorkingInterval> weekly, List<DateOverride> overrides, List<TimeOff> timeOff) {
	}

	@GetMapping("/{id}/schedule")
	@Operation(summary = "Booking rules, weekly hours, upcoming overrides and time off (the doctor, admins)")
	ScheduleView schedule(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		doctors.manageable(id, me);
		return scheduleOf(id);
	}

	@PutMapping("/{id}/schedule")
	@Operation(summary = "Replace the weekly hours and booking rules (the doctor, admins)")
	ScheduleView replaceSchedule(@PathVariable UUID id, @Valid @RequestBody ScheduleRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		doctors.manageable(id, me);
		scheduling.replaceSchedule(id, body.toRules());
		return scheduleOf(id);
	}

	@PutMapping("/{id}/overrides/{date}")
	@Operation(summary = "Other hours on one date; no hours closes the date (the doctor, admins)")
	ScheduleView putOverride(@PathVariable UUID id, @PathVariable LocalDate date, @Valid @RequestBody OverrideRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		Plausible.date("date", date, clock);
		doctors.manageable(id, me);
		scheduling.setOverride(id, new DateOverride(date, body.toHours()));
		return scheduleOf(id);
	}

	@DeleteMapping("/{id}/overrides/{date}")
	@Operation(summary = "Remove a date override (the doctor, admins)")
	ResponseEntity<Void> deleteOverride(@PathVariable UUID id, @PathVariable LocalDate date,
			@AuthenticationPrincipal CurrentUser me) {
		doctors.manageable(id, me);
		if (!scheduling.removeOverride(id, date)) {
			throw ApiException.notFound("Override");
		}
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/time-off/{timeOffId}")
	@Operation(summary = "Remove time off (the doctor, admins)")
	ResponseEntity<Void> deleteTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId,
			@AuthenticationPrincipal CurrentUser me) {
		doctors.manageable(id, me);
		if (!scheduling.removeTimeOff(id, timeOffId)) {
			throw ApiException.notFound("Time off");
		}
		return ResponseEntity.noContent().build();
	}

	private ScheduleView scheduleOf(UUID id) {
		var rules = scheduling.rules(id).orElseThrow(() -> ApiException.notFound("Schedule"));
		DoctorView view = doctors.find(id).orElseThrow();
		LocalDate today = LocalDate.ofInstant(clock.instant(), rules.zone());
		var now = clock.instant();
		return new ScheduleView(rules.zone().getId(), rules.slotMinutes(), rules.bufferMinutes(), rules.minNoticeMinutes(),
				rules.horizonDays(), view.weeklyHours(), scheduling.overrides(id, today, today.plusYears(2)),
				scheduling.timeOff(id, now, now.plus(Duration.ofDays(800))));
	}
}
