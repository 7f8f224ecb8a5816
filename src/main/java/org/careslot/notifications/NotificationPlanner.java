package org.careslot.notifications;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careslot.appointments.AppointmentBooked;
import org.careslot.appointments.AppointmentCancelled;
import org.careslot.appointments.AppointmentCompleted;
import org.careslot.appointments.AppointmentConfirmed;
import org.careslot.appointments.AppointmentMarkedNoShow;
import org.careslot.appointments.AppointmentPaid;
import org.careslot.appointments.AppointmentRescheduled;
import org.careslot.appointments.VisitsImported;
import org.careslot.identity.ContactPreferencesChanged;
import org.careslot.identity.PhoneCodeIssued;
import org.careslot.identity.PhoneVerified;
import org.careslot.notifications.NotificationTexts.Recipient;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans the texts and reminders an appointment's life calls for. The listeners are synchronous,
 * so the rows are written in the transaction that changes the appointment: a booking and its
 * messages commit together or not at all. Sending is {@link NotificationDispatcher}'s job.
 */
@Component
class NotificationPlanner {

	private final JdbcClient jdbc;
	private final NotificationTexts texts;
	private final NotificationProperties properties;
	private final Clock clock;

	NotificationPlanner(JdbcClient jdbc, NotificationTexts texts, NotificationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(AppointmentBooked booked) {
		texts.recipient(booked.patientId(), booked.appointmentId()).ifPresent(r -> {
			String kind = booked.heldUntilPaid() == null ? "BOOKED" : "RESERVED";
			enqueue(r, booked.appointmentId(), kind, texts.text(r, kind, booked.start(), booked.heldUntilPaid()), now());
			planReminders(r, booked.appointmentId(), booked.start());
		});
	}

	@EventListener
	void on(AppointmentPaid paid) {
		texts.recipient(paid.patientId(), paid.appointmentId()).ifPresent(r -> enqueue(r, paid.appointmentId(), "PAID",
				texts.text(r, "PAID", paid.start(), null), now()));
	}

	@EventListener
	void on(AppointmentConfirmed confirmed) {
		texts.recipient(confirmed.patientId(), confirmed.appointmentId()).ifPresent(r -> enqueue(r,
				confirmed.appointmentId(), "CONFIRMED", texts.text(r, "CONFIRMED", confirmed.start(), null), now()));
	}

	@EventListener
	void on(AppointmentRescheduled moved) {
		dropReminders(moved.appointmentId());
		texts.recipient(moved.patientId(), moved.appointmentId()).ifPresent(r -> {
			enqueue(r, moved.appointmentId(), "RESCHEDULED", texts.text(r, "RESCHEDULED", moved.start(), null), now());
			planReminders(r, moved.appointmentId(), moved.start());
		});
	}

	@EventListener
	void on(AppointmentCancelled cancelled) {
		dropReminders(cancelled.appointmentId());
		texts.recipient(cancelled.patientId(), cancelled.appointmentId()).ifPresent(r -> enqueue(r,
				cancelled.appointmentId(), "CANCELLED", texts.text(r, "CANCELLED", cancelled.start(), null,
						NotificationTexts.staffReason(cancelled.cancelledBy(), cancelled.reason())), now()));
	}

	/** A visit that happened (or was missed) needs no more reminders. */
	@EventListener
	void on(AppointmentCompleted completed) {
		dropReminders(completed.appointmentId());
	}

	@EventListener
	void on(AppointmentMarkedNoShow missed) {
		dropReminders(missed.appointmentId());
	}

	/**
	 * A new phone number, language or time zone also applies to what is still queued: it is
	 * rewritten in the same transaction, or dropped when the number was removed.
	 */
	@EventListener
	void on(ContactPreferencesChanged changed) {
		record Queued(UUID id, String kind, Instant start, UUID appointmentId, Instant heldUntil, String staffReason) {
		}
		List<Queued> queued = jdbc.sql("""
				SELECT n.id, n.kind, a.starts_at, a.id AS appointment_id, a.hold_expires_at,
				  CASE WHEN u.role IN ('DOCTOR', 'ADMIN') THEN a.cancel_reason END AS staff_reason
				FROM notifications n JOIN appointments a ON a.id = n.appointment_id
				LEFT JOIN users u ON u.id = a.cancelled_by
				WHERE n.user_id = :user AND n.status = 'PENDING'
				""")
			.param("user", changed.userId())
			.query((rs, n) -> new Queued(rs.getObject(1, UUID.class), rs.getString(2), instant(rs, "starts_at"),
					rs.getObject(4, UUID.class), instant(rs, "hold_expires_at"), rs.getString("staff_reason")))
			.list();
		Map<UUID, Optional<Recipient>> byAppointment = new HashMap<>();
		for (Queued q : queued) {
			Optional<Recipient> recipient = byAppointment.computeIfAbsent(q.appointmentId(),
					a -> texts.recipient(changed.userId(), a));
			jdbc.sql("""
					UPDATE notifications SET to_number = coalesce(:to, to_number), message = coalesce(:message, message),
					  status = CASE WHEN :to IS NULL THEN 'CANCELLED' ELSE status END, updated_at = :now
					WHERE id = :id AND status = 'PENDING'
					""")
				.param("to", recipient.map(Recipient::phone).orElse(null), Types.VARCHAR)
				.param("message", recipient.map(r -> texts.text(r, q.kind(), q.start(), q.heldUntil(), q.staffReason()))
					.orElse(null), Types.VARCHAR)
				.param("now", utc(now()))
				.param("id", q.id())
				.update();
		}
	}

	/** Imported visits still to come get their reminders, as any booking does. */
	@EventListener
	void on(VisitsImported imported) {
		List<UUID> patients = imported.upcoming().stream().map(VisitsImported.Upcoming::patientId).distinct().toList();
		if (patients.isEmpty()) {
			return;
		}
		Set<UUID> reachable = new HashSet<>(jdbc.sql(
				"SELECT id FROM users WHERE id IN (:ids) AND phone IS NOT NULL AND enabled")
			.param("ids", patients)
			.query(UUID.class)
			.list());
		imported.upcoming().stream().filter(v -> reachable.contains(v.patientId())).forEach(v -> texts.recipient(
				v.patientId(), v.appointmentId()).ifPresent(r -> planReminders(r, v.appointmentId(), v.start())));
	}

	/** The code that proves a number goes to that number, which is not confirmed yet (that is the point). */
	@EventListener
	void on(PhoneCodeIssued issued) {
		enqueue(issued.userId(), issued.phone(), null, "VERIFY", texts.verifyCode(issued.code(), issued.language()), now());
	}

	/** A number just confirmed gets the reminders its owner's visits ahead would have had. */
	@EventListener
	void on(PhoneVerified verified) {
		record Visit(UUID id, Instant start) {
		}
		List<Visit> upcoming = jdbc.sql("""
				SELECT a.id, a.starts_at FROM appointments a
				WHERE a.patient_id = :user AND a.status IN ('PENDING', 'CONFIRMED') AND a.starts_at > :now
				  AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.appointment_id = a.id AND n.kind = 'REMINDER'
				                  AND n.status = 'PENDING')
				""")
			.param("user", verified.userId())
			.param("now", utc(now()))
			.query((rs, n) -> new Visit(rs.getObject(1, UUID.class), instant(rs, "starts_at")))
			.list();
		for (Visit visit : upcoming) {
			texts.recipient(verified.userId(), visit.id()).ifPresent(r -> planReminders(r, visit.id(), visit.start()));
		}
	}

	private void planReminders(Recipient r, UUID appointmentId, Instant start) {
		for (Duration before : properties.reminders()) {
			Instant at = start.minus(before);
			if (at.isAfter(now())) {
				enqueue(r, appointmentId, "REMINDER", texts.text(r, "REMINDER", start, null), at);
			}
		}
	}

	private void dropReminders(UUID appointmentId) {
		jdbc.sql("""
				UPDATE notifications SET status = 'CANCELLED', updated_at = :now
				WHERE appointment_id = :id AND kind = 'REMINDER' AND status = 'PENDING'
				""")
			.param("id", appointmentId)
			.param("now", utc(now()))
			.update();
	}

	private void enqueue(Recipient r, UUID appointmentId, String kind, String message, Instant sendAfter) {
		enqueue(r.userId(), r.phone(), appointmentId, kind, message, sendAfter);
	}

	/**
	 * Queues a text. An account gets at most {@code dailyBudget} texts in 24 hours (by when they are
	 * due): beyond that they are kept in the log as cancelled, never sent, so no sequence of
	 * bookings can turn CareSlot into a way to flood a phone.
	 */
	private void enqueue(UUID userId, String phone, UUID appointmentId, String kind, String message, Instant sendAfter) {
		long due = jdbc.sql("""
				SELECT count(*) FROM notifications WHERE user_id = :user AND status <> 'CANCELLED'
				  AND send_after > :from AND send_after <= :to
				""")
			.param("user", userId)
			.param("from", utc(sendAfter.minus(Duration.ofHours(24))))
			.param("to", utc(sendAfter.plus(Duration.ofHours(24))))
			.query(Long.class)
			.single();
		boolean overBudget = due >= properties.dailyBudget();
		jdbc.sql("""
				INSERT INTO notifications (id, user_id, appointment_id, kind, to_number, message, status, send_after,
				  created_at, updated_at, last_error)
				VALUES (:id, :user, :appointment, :kind, :to, :message, :status, :after, :now, :now, :error)
				""")
			.param("id", UUID.randomUUID())
			.param("user", userId)
			.param("appointment", appointmentId)
			.param("kind", kind)
			.param("to", phone)
			.param("message", message)
			.param("status", overBudget ? "CANCELLED" : "PENDING")
			.param("after", utc(sendAfter))
			.param("now", utc(now()))
			.param("error", overBudget ? "Not sent: this account reached its " + properties.dailyBudget() + " texts a day" : null,
					Types.VARCHAR)
			.update();
	}

	private Instant now() {
		return clock.instant();
	}
}
