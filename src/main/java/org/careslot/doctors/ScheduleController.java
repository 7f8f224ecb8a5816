package org.careslot.doctors;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.careslot.doctors.ScheduleRequests.OverrideRequest;
import org.careslot.doctors.ScheduleRequests.ScheduleRequest;
import org.careslot.identity.CurrentUser;
import org.careslot.platform.ApiException;
import org.careslot.platform.Plausible;
import org.careslot.platform.Text;
import org.careslot.scheduling.DateOverride;
import org.careslot.scheduling.SchedulingService;
import org.careslot.scheduling.TimeOff;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A doctor's hours, as the doctor (or an admin) manages them: booking rules, weekly hours, date
 * overrides, and removing time off. Adding time off decides what happens to booked visits, so it
 * lives with the appointments (DoctorCalendarController).
 */
@RestController
@RequestMapping("/api/doctors/{id}")
@Validated
@Tag(name = "Doctors")
class ScheduleController {

	private final DoctorService doctors;
	private final SchedulingService scheduling;
	private final Clock clock;

	ScheduleController(DoctorService doctors, SchedulingService scheduling, Clock clock) {
		this.doctors = doctors;
		this.scheduling = scheduling;
		this.clock = clock;
	}

	record ScheduleView(String timeZone, int slotMinutes, int bufferMinutes, int minNoticeMinutes, int horizonDays,
			List<WorkingInterval> weekly, List<DateOverride> overrides, List<TimeOff> timeOff) {
	}

	@GetMapping("/schedule")
	@Operation(summary = "Booking rules, weekly hours, upcoming overrides and time off (the doctor, admins)")
	ScheduleView schedule(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		doctors.manageable(id, me);
		return scheduleOf(id);
	}

	@PutMapping("/schedule")
	@Operation(summary = "Replace the weekly hours and booking rules (the doctor, admins)")
	ScheduleView replaceSchedule(@PathVariable UUID id, @Valid @RequestBody ScheduleRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		doctors.manageable(id, me);
		scheduling.replaceSchedule(id, body.toRules());
		return scheduleOf(id);
	}

	@PutMapping("/overrides/{date}")
	@Operation(summary = "Other hours on one date; no hours closes the date (the doctor, admins)")
	ScheduleView putOverride(@PathVariable UUID id, @PathVariable LocalDate date, @Valid @RequestBody OverrideRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		Plausible.date("date", date, clock);
		doctors.manageable(id, me);
		scheduling.setOverride(id, new DateOverride(date, body.toHours()));
		return scheduleOf(id);
	}

	@DeleteMapping("/overrides/{date}")
	@Operation(summary = "Remove a date override (the doctor, admins)")
	ResponseEntity<Void> deleteOverride(@PathVariable UUID id, @PathVariable LocalDate date,
			@AuthenticationPrincipal CurrentUser me) {
		doctors.manageable(id, me);
		if (!scheduling.removeOverride(id, date)) {
			throw ApiException.notFound(Text.of("notFound.override"));
		}
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/time-off/{timeOffId}")
	@Operation(summary = "Remove time off (the doctor, admins)")
	ResponseEntity<Void> deleteTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId,
			@AuthenticationPrincipal CurrentUser me) {
		doctors.manageable(id, me);
		if (!scheduling.removeTimeOff(id, timeOffId)) {
			throw ApiException.notFound(Text.of("notFound.timeOff"));
		}
		return ResponseEntity.noContent().build();
	}

	private ScheduleView scheduleOf(UUID id) {
		var rules = scheduling.rules(id).orElseThrow(() -> ApiException.notFound(Text.of("notFound.schedule")));
		DoctorView view = doctors.find(id).orElseThrow();
		LocalDate today = LocalDate.ofInstant(clock.instant(), rules.zone());
		var now = clock.instant();
		return new ScheduleView(rules.zone().getId(), rules.slotMinutes(), rules.bufferMinutes(), rules.minNoticeMinutes(),
				rules.horizonDays(), view.weeklyHours(), scheduling.overrides(id, today, today.plusYears(2)),
				scheduling.timeOff(id, now, now.plus(Duration.ofDays(800))));
	}
}
