package org.careslot.appointments;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.careslot.identity.CurrentUser;
import org.careslot.platform.ApiException;
import org.careslot.platform.Plausible;
import org.careslot.platform.Text;
import org.careslot.scheduling.TimeOff;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A doctor's calendar as the bookings see it: free slots, time off (which decides what happens to
 * the visits already in that time) and the doctor's patients. The profile and hours are the
 * doctors module's.
 */
@RestController
@RequestMapping("/api/doctors")
@Tag(name = "Doctors")
class DoctorCalendarController {

	private final AppointmentViews views;
	private final Absences absences;
	private final Clock clock;

	DoctorCalendarController(AppointmentViews views, Absences absences, Clock clock) {
		this.views = views;
		this.absences = absences;
		this.clock = clock;
	}

	record SlotView(Instant start, Instant end) {
	}

	record TimeOffRequest(@NotNull Instant start, @NotNull Instant end, @Size(max = 500) String reason,
			Boolean cancelBookedVisits, @Size(max = 1000) String cancellationReason) {
	}

	@GetMapping("/{id}/slots")
	@Operation(summary = "Free slots of a doctor", description = "from/to are inclusive dates in the doctor's time zone, at most 31 days.")
	List<SlotView> slots(@PathVariable UUID id, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		Plausible.date("from", from, clock);
		Plausible.date("to", to, clock);
		if (to.isBefore(from)) {
			throw ApiException.invalid("to", Text.of("range.toNotBeforeFrom"));
		}
		if (ChronoUnit.DAYS.between(from, to) >= 31) {
			throw ApiException.invalid("to", Text.of("range.max31Days"));
		}
		return views.freeSlots(id, from, to).stream().map(s -> new SlotView(s.start(), s.end())).toList();
	}

	@PostMapping("/{id}/time-off")
	@Operation(summary = "Block time (the doctor, admins)",
			description = "409 urn:careslot:problem:time-off-covers-visits with `appointments` when booked visits lie in it; "
					+ "send cancelBookedVisits=true and a cancellationReason to cancel them (refunded per policy, patients notified).")
	ResponseEntity<TimeOff> addTimeOff(@PathVariable UUID id, @Valid @RequestBody TimeOffRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		Plausible.instant("start", body.start(), clock);
		Plausible.instant("end", body.end(), clock);
		TimeOff off = absences.blockTime(me, id, new Absences.Absence(body.start(), body.end(), body.reason(),
				Boolean.TRUE.equals(body.cancelBookedVisits()),
				body.cancellationReason() == null ? null : body.cancellationReason().strip()));
		return ResponseEntity.created(URI.create("/api/doctors/" + id + "/time-off/" + off.id())).body(off);
	}

	@GetMapping("/me/patients")
	@Operation(summary = "The signed-in doctor's patients with their last and next visit")
	List<AppointmentQueries.PatientSummary> myPatients(@AuthenticationPrincipal CurrentUser me) {
		return views.patientsOf(me);
	}
}
