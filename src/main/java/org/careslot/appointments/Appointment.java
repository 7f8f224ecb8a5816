package org.careslot.appointments;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.careslot.identity.Role;
import org.careslot.platform.ApiException;

/** One booking and its lifecycle. Illegal moves fail with 409; overlaps are refused by the database. */
@Entity
@Table(name = "appointments")
class Appointment {

	@Id
	private UUID id;

	private UUID doctorId;

	private UUID patientId;

	private Instant startsAt;

	private Instant endsAt;

	private Instant blockedUntil;

	@Enumerated(EnumType.STRING)
	private AppointmentStatus status;

	@Enumerated(EnumType.STRING)
	private PaymentStatus paymentStatus;

	@Enumerated(EnumType.STRING)
	private VisitType visitType;

	private String reason;

	private Instant holdExpiresAt;

	private String cancelReason;

	private UUID cancelledBy;

	@Enumerated(EnumType.STRING)
	private Role cancelledByRole;

	private Instant cancelledAt;

	/** Who booked, when not the patient: the front desk. */
	private UUID bookedBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Appointment() {
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
			throw ApiException.conflict("A visit can only be completed once it has started");
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
			throw ApiException.conflict("A no-show can only be recorded " + grace.toMinutes()
					+ " minutes after the visit was due to start");
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
		return ApiException.conflict("Cannot " + action + " an appointment that is " + status.name().toLowerCase().replace('_', '-'));
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
}
