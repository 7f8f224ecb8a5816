package org.careslot.appointments;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.careslot.identity.CurrentUser;
import org.careslot.platform.Plausible;
import org.careslot.scheduling.TimeOff;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Blocking time lives with the bookings, not the doctor's profile: it decides what happens to the
 * visits already in that time.
 */
@RestController
@Tag(name = "Doctors")
class TimeOffController {

	private final AppointmentService appointments;
	private final java.time.Clock clock;

	TimeOffController(AppointmentService appointments, java.time.Clock clock) {
		this.appointments = appointments;
		this.clock = clock;
	}

	record TimeOffRequest(@NotNull Instant start, @NotNull Instant end, @Size(max = 500) String reason,
			Boolean cancelBookedVisits, @Size(max = 1000) String cancellationReason) {
	}

	@PostMapping("/api/doctors/{id}/time-off")
	@Operation(summary = "Block time (the doctor, admins)",
			description = "409 urn:careslot:problem:time-off-covers-visits with `appointments` when booked visits lie in it; "
					+ "send cancelBookedVisits=true and a cancellationReason to cancel them (refunded per policy, patients notified).")
	ResponseEntity<TimeOff> add(@PathVariable UUID id, @Valid @RequestBody TimeOffRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		Plausible.instant("start", body.start(), clock);
		Plausible.instant("end", body.end(), clock);
		TimeOff off = appointments.blockTime(me, id, new AppointmentService.Absence(body.start(), body.end(), body.reason(),
				Boolean.TRUE.equals(body.cancelBookedVisits()),
				body.cancellationReason() == null ? null : body.cancellationReason().strip()));
		return ResponseEntity.created(URI.create("/api/doctors/" + id + "/time-off/" + off.id())).body(off);
	}
}
