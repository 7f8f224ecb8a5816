package org.careslot.appointments;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.careslot.identity.Role;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;

/**
 * One booking and its lifecycle. Illegal moves fail with 409; overlaps are refused by the database
 * when {@link AppointmentRepository} writes the change.
 */
class Appointment {

	private final UUID id;

	private final UUID doctorId;

	private final UUID patientId;

	private Instant startsAt;

	private Instant endsAt;

	private Instant blockedUntil;

	private AppointmentStatus status;

	/** Read only: payments change it with their own statement (AppointmentRepository#recordPayment). */
	private final PaymentStatus paymentStatus;

	private final VisitType visitType;

	private final String reason;

	private Instant holdExpiresAt;

	private String cancelReason;

	private UUID cancelledBy;

	private Role cancelledByRole;

	private Instant cancelledAt;

	/** Who booked, when not the patient: the front desk. */
	private final UUID bookedBy;

	private final Instant createdAt;

	private Instant updatedAt;

	/** Optimistic lock: the row's version when it was read. */
	private long version;

	/** What a row holds besides who and when: the lifecycle's state. */
	record State(AppointmentStatus status, PaymentStatus paymentStatus, Instant holdExpiresAt, String cancelReason,
			UUID cancelledBy, Role cancelledByRole, Instant cancelledAt, Instant updatedAt, long version) {
	}

	/** An appointment as stored. */
	Appointment(UUID id, UUID doctorId, UUID patientId, Instant startsAt, Instant endsAt, Instant blockedUntil,
			VisitType visitType, String reason, UUID bookedBy, Instant createdAt, State state) {
		this.id = id;
		this.doctorId = doctorId;
		this.patientId = patientId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.blockedUntil = blockedUntil;
		this.visitType = visitType;
		this.reason = reason;
		this.bookedBy = bookedBy;
		this.createdAt = createdAt;
		this.status = state.status();
		this.paymentStatus = state.paymentStatus();
		this.holdExpiresAt = state.holdExpiresAt();
		this.cancelReason = state.cancelReason();
		this.cancelledBy = state.cancelledBy();
		this.cancelledByRole = state.cancelledByRole();
		this.cancelledAt = state.cancelledAt();
		this.updatedAt = state.updatedAt();
		this.version = state.version();
	}

	Appointment(UUID id, UUID doctorId, UUID patientId, Instant start, Duration length, Duration buffer,
			VisitType visitType, String reason, Instant holdExpiresAt, UUID bookedBy, Instant now) {
		this.id = id;
		this.doctorId = doctorId;
		this.patientId = patientId;
		this.startsAt = start;
		this.endsAt = start.plus(length);
		this.blockedUntil = endsAt.plus(buffer);
		this.status = AppointmentStatus.PENDING;
		this.paymentStatus = PaymentStatus.UNPAID;
		this.visitType = visitType;
		this.reason = reason;
		this.holdExpiresAt = holdExpiresAt;
		this.bookedBy = bookedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void moveTo(Instant start, Duration length, Duration buffer, Instant now) {
		requireLive("reschedule");
		this.startsAt = start;
		this.endsAt = start.plus(length);
		this.blockedUntil = endsAt.plus(buffer);
		this.updatedAt = now;
	}

	void confirm(Instant now) {
		if (status != AppointmentStatus.PENDING) {
			throw illegal("confirm");
		}
		status = AppointmentStatus.CONFIRMED;
		holdExpiresAt = null;
		updatedAt = now;
	}

	/** Only a visit that has started can be completed: an early "complete" would read as done a visit still to come. */
	void complete(Instant now) {
		if (status != AppointmentStatus.CONFIRMED) {
			throw illegal("complete");
		}
		if (now.isBefore(startsAt)) {
			throw ApiException.conflict(Text.of("appointment.completeBeforeStart"));
		}
		status = AppointmentStatus.COMPLETED;
		updatedAt = now;
	}

	/** @param grace how late a patient may be before they count as not having come */
	void noShow(Instant now, Duration grace) {
		if (status != AppointmentStatus.CONFIRMED) {
			throw illegal("mark as no-show");
		}
		if (now.isBefore(startsAt.plus(grace))) {
			throw ApiException.conflict(Text.of("appointment.noShowTooEarly", "minutes", grace.toMinutes()));
		}
		status = AppointmentStatus.NO_SHOW;
		updatedAt = now;
	}

	void cancel(UUID by, Role role, String why, Instant now) {
		requireLive("cancel");
		status = AppointmentStatus.CANCELLED;
		cancelledBy = by;
		cancelledByRole = role;
		cancelReason = why;
		cancelledAt = now;
		holdExpiresAt = null;
		updatedAt = now;
	}

	private void requireLive(String action) {
		if (!status.live()) {
			throw illegal(action);
		}
	}

	private ApiException illegal(String action) {
		String state = status.name().toLowerCase(Locale.ROOT);
		return ApiException.conflict(switch (action) {
			case "confirm" -> Text.of("appointment.illegal.confirm", "status", state);
			case "complete" -> Text.of("appointment.illegal.complete", "status", state);
			case "mark as no-show" -> Text.of("appointment.illegal.noShow", "status", state);
			case "reschedule" -> Text.of("appointment.illegal.reschedule", "status", state);
			default -> Text.of("appointment.illegal.cancel", "status", state);
		});
	}

	UUID id() {
		return id;
	}

	UUID doctorId() {
		return doctorId;
	}

	UUID patientId() {
		return patientId;
	}

	Instant startsAt() {
		return startsAt;
	}

	Instant endsAt() {
		return endsAt;
	}

	AppointmentStatus status() {
		return status;
	}

	Instant blockedUntil() {
		return blockedUntil;
	}

	PaymentStatus paymentStatus() {
		return paymentStatus;
	}

	VisitType visitType() {
		return visitType;
	}

	String reason() {
		return reason;
	}

	Instant holdExpiresAt() {
		return holdExpiresAt;
	}

	UUID bookedBy() {
		return bookedBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	String cancelReason() {
		return cancelReason;
	}

	UUID cancelledBy() {
		return cancelledBy;
	}

	Role cancelledByRole() {
		return cancelledByRole;
	}

	Instant cancelledAt() {
		return cancelledAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}

	/** After a successful write: the row now carries the next version. */
	void written() {
		version++;
	}
}
