package org.careslot.appointments;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.careslot.identity.CurrentUser;
import org.careslot.platform.ApiException;
import org.careslot.platform.Plausible;
import org.careslot.platform.PublicUrl;
import org.careslot.platform.RateLimits;
import org.careslot.platform.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/appointments")
@Validated
@Tag(name = "Appointments")
class AppointmentController {

	private final AppointmentService appointments;
	private final AppointmentViews views;
	private final PublicUrl publicUrl;
	private final RateLimits limits;
	private final Clock clock;

	AppointmentController(AppointmentService appointments, AppointmentViews views, PublicUrl publicUrl, RateLimits limits,
			Clock clock) {
		this.appointments = appointments;
		this.views = views;
		this.limits = limits;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	record RescheduleRequest(@NotNull Instant start) {
	}

	record CancelRequest(@Size(max = 1000) String reason) {
	}

	@PostMapping
	@Operation(summary = "Book a free slot (patients)", description = "409 when the slot was taken, 422 when it is not a bookable slot. "
			+ "With an Idempotency-Key the same request returns the same appointment; the same key with another body is a 422.")
	ResponseEntity<AppointmentView> book(@Valid @RequestBody Booking body,
			@Parameter(description = "Makes retries safe") @RequestHeader(name = "Idempotency-Key", required = false)
			@Size(min = 1, max = 255) @Pattern(regexp = "[\\x21-\\x7E]+", message = "{careslot.printableAscii}") String key,
			@AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		Plausible.instant("start", body.start(), clock);
		limits.spend("booking-per-account", me.id().toString(), Text.of("tooMany.bookings"));
		limits.spend("booking-per-address", request.getRemoteAddr(), Text.of("tooMany.bookings"));
		var result = appointments.book(me, body, key);
		return ResponseEntity.created(URI.create("/api/appointments/" + result.appointment().id()))
			.header("Idempotent-Replayed", Boolean.toString(!result.created()))
			.body(result.appointment());
	}

	@GetMapping
	@Operation(summary = "Appointments: a patient's own, a doctor's, or all for admins",
			description = "By start. Paged (page from 0, size up to 1000, default 500); the header X-Total-Count holds the "
					+ "number of matches. doctorId and patientId narrow what the caller may see, never widen it.")
	ResponseEntity<List<AppointmentView>> list(@RequestParam(required = false) AppointmentStatus status,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) UUID doctorId, @RequestParam(required = false) UUID patientId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "500") @Min(1) @Max(1000) int size, @AuthenticationPrincipal CurrentUser me,
			HttpServletRequest request) {
		Plausible.instant("from", from, clock);
		Plausible.instant("to", to, clock);
		if (from != null && to != null && !to.isAfter(from)) {
			throw ApiException.invalid("to", Text.of("range.toAfterFrom"));
		}
		var result = views.list(me, new AppointmentQueries.Filter(status, from, to, doctorId, patientId, page, size),
				breakGlass(request));
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total())).body(result.items());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One appointment (participants, admins)")
	AppointmentView get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
		return views.find(me, id, breakGlass(request));
	}

	/**
	 * Administrators read visit reasons only by stating why in X-Break-Glass-Reason (at least ten
	 * characters), which the patients' audit logs keep. Others' header is ignored.
	 */
	private static AppointmentViews.BreakGlass breakGlass(HttpServletRequest request) {
		String reason = request.getHeader(BREAK_GLASS_HEADER);
		if (reason == null || reason.isBlank()) {
			return null;
		}
		if (reason.strip().length() < 10) {
			throw ApiException.invalid(BREAK_GLASS_HEADER, Text.of("breakGlass.reasonsReason"));
		}
		return new AppointmentViews.BreakGlass(reason.strip(), request.getRemoteAddr());
	}

	static final String BREAK_GLASS_HEADER = "X-Break-Glass-Reason";

	@PostMapping("/{id}/reschedule")
	@Operation(summary = "Move to another free slot, atomically (participants, admins)")
	AppointmentView reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		Plausible.instant("start", body.start(), clock);
		limits.spend("reschedule-per-account", me.id().toString(), Text.of("tooMany.reschedules"));
		return appointments.reschedule(me, id, body.start());
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel (participants, admins); patients only before the cutoff")
	AppointmentView cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelRequest body,
			@AuthenticationPrincipal CurrentUser me) {
		return appointments.cancel(me, id, body == null ? null : body.reason());
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "PENDING → CONFIRMED (the doctor, admins)")
	AppointmentView confirm(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		return appointments.confirm(me, id);
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "CONFIRMED → COMPLETED (the doctor, admins)")
	AppointmentView complete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		return appointments.complete(me, id);
	}

	@PostMapping("/{id}/no-show")
	@Operation(summary = "CONFIRMED → NO_SHOW once it has started (the doctor, admins)")
	AppointmentView noShow(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		return appointments.noShow(me, id);
	}

	@GetMapping(value = "/{id}/calendar.ics", produces = "text/calendar")
	@Operation(summary = "The appointment as an iCalendar event (participants, admins)")
	ResponseEntity<String> calendar(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
		AppointmentView appointment = appointments.find(me, id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("careslot-appointment.ics").build().toString())
			.body(ICalendar.event(appointment, clock.instant(), publicUrl.resolve("/appointments"), LocaleContextHolder.getLocale()));
	}
}
