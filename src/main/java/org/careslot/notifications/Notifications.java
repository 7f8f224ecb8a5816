package org.careslot.notifications;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.careslot.identity.Role;
import org.careslot.platform.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text messages about appointments. They are written in the transaction that changes the
 * appointment (so a booking and its messages commit together or not at all), then sent by
 * whichever node claims them first: a claim is one UPDATE … SKIP LOCKED, so with any number of
 * nodes each message is handed to the provider once.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	/** A message claimed by a node that stopped before recording the outcome is given up after this. */
	static final Duration STUCK = Duration.ofMinutes(10);

	private static final String VIEW = """
			SELECT n.id, n.user_id, u.full_name, n.appointment_id, n.kind, n.channel, n.to_number, n.message, n.status,
			       n.provider, n.attempts, n.last_error, n.send_after, n.sent_at, n.delivered_at, n.created_at
			FROM notifications n JOIN users u ON u.id = n.user_id
			""";

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batch;
	private final SmsSender sender;
	private final NotificationProperties properties;
	private final MessageSource texts;
	private final Clock clock;

	Notifications(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, SmsSender sender,
			NotificationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.texts = Languages.messages("notifications/texts");
	}

	/**
	 * Who gets the message, in which language and on which clock, and where the visit is; empty
	 * without a phone number.
	 * @param place "VIDEO", the practice on one line, or "" when the doctor gave none
	 */
	private record Recipient(UUID userId, String phone, String doctorName, ZoneId zone, Locale locale, String place) {
	}

	/**
	 * The text of a message of this kind, in the recipient's language, the time on their clock and
	 * written the way their language writes times (13:00 in German, 1:00 PM in English).
	 */
	private String text(Recipient r, String kind, Instant start, Instant heldUntil) {
		return text(r, kind, start, heldUntil, null);
	}

	/** @param staffReason why the clinic cancelled (a doctor's or admin's words), told to the patient; else null */
	private String text(Recipient r, String kind, Instant start, Instant heldUntil, String staffReason) {
		var at = start.atZone(r.zone());
		String when = texts.getMessage("when", new Object[] { DateTimeFormatter.ofPattern(texts.getMessage("day", null,
				r.locale()), r.locale()).format(at), timeOfDay(r.locale()).format(at),
				DateTimeFormatter.ofPattern("zzz", r.locale()).format(at) }, r.locale());
		String where = r.place().isEmpty() ? "" : "VIDEO".equals(r.place()) ? texts.getMessage("where.VIDEO", null, r.locale())
				: texts.getMessage("where.IN_PERSON", new Object[] { r.place() }, r.locale());
		String until = heldUntil == null ? "" : timeOfDay(r.locale()).format(heldUntil.atZone(r.zone()));
		String because = reasonForText(staffReason)
			.map(reason -> texts.getMessage("because", new Object[] { reason }, r.locale()))
			.orElse("");
		// a narrow no-break space (newer CLDR, before AM/PM) is not in the SMS alphabet
		return texts.getMessage("sms." + kind, new Object[] { r.doctorName(), when, where, until, because }, r.locale())
			.replace('\u202F', ' ');
	}

	/** One line, at most 120 characters: a text is no place for a letter. */
	static Optional<String> reasonForText(String reason) {
		if (reason == null || reason.isBlank()) {
			return Optional.empty();
		}
		String line = reason.strip().replaceAll("\\s+", " ");
		return Optional.of(line.length() <= 120 ? line : line.substring(0, 117).stripTrailing() + "...");
	}

	/** The patient's own reason stays theirs; the clinic's reason is what the patient needs to hear. */
	private static String staffReason(Role cancelledBy, String reason) {
		return cancelledBy == Role.DOCTOR || cancelledBy == Role.ADMIN ? reason : null;
	}

	private static DateTimeFormatter timeOfDay(Locale locale) {
		return DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
				IsoChronology.INSTANCE, locale), locale);
	}

	@EventListener
	void on(AppointmentBooked booked) {
		recipient(booked.patientId(), booked.appointmentId()).ifPresent(r -> {
			String kind = booked.heldUntilPaid() == null ? "BOOKED" : "RESERVED";
			enqueue(r, booked.appointmentId(), kind, text(r, kind, booked.start(), booked.heldUntilPaid()), now());
			planReminders(r, booked.appointmentId(), booked.start());
		});
	}

	@EventListener
	void on(AppointmentPaid paid) {
		recipient(paid.patientId(), paid.appointmentId()).ifPresent(r -> enqueue(r, paid.appointmentId(), "PAID",
				text(r, "PAID", paid.start(), null), now()));
	}

	@EventListener
	void on(AppointmentConfirmed confirmed) {
		recipient(confirmed.patientId(), confirmed.appointmentId()).ifPresent(r -> enqueue(r, confirmed.appointmentId(),
				"CONFIRMED", text(r, "CONFIRMED", confirmed.start(), null), now()));
	}

	@EventListener
	void on(AppointmentRescheduled moved) {
		dropReminders(moved.appointmentId());
		recipient(moved.patientId(), moved.appointmentId()).ifPresent(r -> {
			enqueue(r, moved.appointmentId(), "RESCHEDULED", text(r, "RESCHEDULED", moved.start(), null), now());
			planReminders(r, moved.appointmentId(), moved.start());
		});
	}

	@EventListener
	void on(AppointmentCancelled cancelled) {
		dropReminders(cancelled.appointmentId());
		recipient(cancelled.patientId(), cancelled.appointmentId()).ifPresent(r -> enqueue(r, cancelled.appointmentId(),
				"CANCELLED", text(r, "CANCELLED", cancelled.start(), null,
						staffReason(cancelled.cancelledBy(), cancelled.reason())), now()));
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
					a -> recipient(changed.userId(), a));
			jdbc.sql("""
					UPDATE notifications SET to_number = coalesce(:to, to_number), message = coalesce(:message, message),
					  status = CASE WHEN :to IS NULL THEN 'CANCELLED' ELSE status END, updated_at = :now
					WHERE id = :id AND status = 'PENDING'
					""")
				.param("to", recipient.map(Recipient::phone).orElse(null), Types.VARCHAR)
				.param("message", recipient.map(r -> text(r, q.kind(), q.start(), q.heldUntil(), q.staffReason())).orElse(null),
						Types.VARCHAR)
				.param("now", utc(now()))
				.param("id", q.id())
				.update();
		}
	}

	/** A text that went out before CareSlot knew of it (the demo clinic's history). */
	public record Delivered(UUID patientId, UUID appointmentId, String kind, Instant sentAt) {
	}

	/**
	 * Texts that went out before CareSlot knew of them: written as the real ones would have been,
	 * already delivered, in one batch. Nothing for a patient without a phone number.
	 */
	@Transactional
	public void importDelivered(List<Delivered> texts) {
		Map<UUID, Optional<Recipient>> recipients = new HashMap<>();
		Map<UUID, Instant> starts = new HashMap<>();
		List<Object[]> rows = new java.util.ArrayList<>();
		for (Delivered d : texts) {
			Optional<Recipient> r = recipients.computeIfAbsent(d.appointmentId(), a -> recipient(d.patientId(), a));
			if (r.isEmpty()) {
				continue;
			}
			Instant start = starts.computeIfAbsent(d.appointmentId(), a -> jdbc.sql("SELECT starts_at FROM appointments WHERE id = :id")
				.param("id", a).query((rs, n) -> instant(rs, "starts_at")).single());
			rows.add(new Object[] { UUID.randomUUID(), d.patientId(), d.appointmentId(), d.kind(), r.get().phone(),
					text(r.get(), d.kind(), start, null), sender.name(), utc(d.sentAt()), utc(d.sentAt().plusSeconds(4)) });
		}
		batch.batchUpdate("""
				INSERT INTO notifications (id, user_id, appointment_id, kind, to_number, message, status, provider, attempts,
				  send_after, sent_at, delivered_at, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 'DELIVERED', ?, 1, ?, ?, ?, ?, ?)
				""", rows.stream().map(r -> new Object[] { r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[7], r[8], r[7], r[7] })
			.toList());
	}

	/** Imported visits still to come get their reminders, as any booking does. */
	@EventListener
	void on(VisitsImported imported) {
		List<UUID> patients = imported.upcoming().stream().map(VisitsImported.Upcoming::patientId).distinct().toList();
		if (patients.isEmpty()) {
			return;
		}
		java.util.Set<UUID> reachable = new java.util.HashSet<>(jdbc.sql(
				"SELECT id FROM users WHERE id IN (:ids) AND phone IS NOT NULL AND enabled")
			.param("ids", patients)
			.query(UUID.class)
			.list());
		imported.upcoming().stream().filter(v -> reachable.contains(v.patientId())).forEach(v -> recipient(v.patientId(),
				v.appointmentId()).ifPresent(r -> planReminders(r, v.appointmentId(), v.start())));
	}

	private void planReminders(Recipient r, UUID appointmentId, Instant start) {
		for (Duration before : properties.reminders()) {
			Instant at = start.minus(before);
			if (at.isAfter(now())) {
				enqueue(r, appointmentId, "REMINDER", text(r, "REMINDER", start, null), at);
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

	/** The code that proves a number goes to that number, which is not confirmed yet (that is the point). */
	@EventListener
	void on(PhoneCodeIssued issued) {
		Locale locale = Languages.locale(issued.language());
		enqueue(issued.userId(), issued.phone(), null, "VERIFY",
				texts.getMessage("sms.VERIFY", new Object[] { issued.code() }, locale), now());
	}

	/** A number just confirmed gets the reminders its owner's visits ahead would have had. */
	@EventListener
	void on(PhoneVerified verified) {
		List<Object[]> upcoming = jdbc.sql("""
				SELECT a.id, a.starts_at FROM appointments a
				WHERE a.patient_id = :user AND a.status IN ('PENDING', 'CONFIRMED') AND a.starts_at > :now
				  AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.appointment_id = a.id AND n.kind = 'REMINDER'
				                  AND n.status = 'PENDING')
				""")
			.param("user", verified.userId())
			.param("now", utc(now()))
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), instant(rs, "starts_at") })
			.list();
		for (Object[] visit : upcoming) {
			recipient(verified.userId(), (UUID) visit[0]).ifPresent(r -> planReminders(r, (UUID) visit[0], (Instant) visit[1]));
		}
	}

	/**
	 * One query for everything a message about an appointment needs; no phone number, no text
	 * message. Times are on the recipient's clock when they chose one, else on the doctor's (as the
	 * web app shows them).
	 */
	private Optional<Recipient> recipient(UUID userId, UUID appointmentId) {
		return jdbc.sql("""
				SELECT u.phone, d.full_name, coalesce(u.time_zone, s.time_zone, 'UTC') AS zone, u.language,
				       CASE WHEN a.visit_type = 'VIDEO' THEN 'VIDEO'
				            ELSE concat_ws(', ', nullif(d.practice_name, ''), nullif(d.practice_address, ''), nullif(d.practice_city, '')) END
				FROM users u, appointments a JOIN doctors d ON d.id = a.doctor_id LEFT JOIN doctor_schedules s ON s.doctor_id = d.id
				WHERE u.id = :user AND a.id = :appointment AND u.phone IS NOT NULL AND u.phone_verified_at IS NOT NULL
				  AND u.enabled
				""")
			.param("user", userId)
			.param("appointment", appointmentId)
			.query((rs, n) -> new Recipient(userId, rs.getString(1), rs.getString(2), ZoneId.of(rs.getString(3)),
					Languages.locale(rs.getString(4)), rs.getString(5)))
			.optional();
	}

	/** Sends what is due. Safe to run on every node at once. */
	@Scheduled(fixedDelayString = "${careslot.notifications.poll-interval:5s}", initialDelayString = "${careslot.notifications.poll-interval:5s}")
	public int deliverDue() {
		giveUpStuck();
		List<Claimed> claimed = jdbc.sql("""
				UPDATE notifications SET status = 'SENDING', attempts = attempts + 1, updated_at = :now
				WHERE id IN (SELECT id FROM notifications WHERE status = 'PENDING' AND send_after <= :now
				             ORDER BY send_after LIMIT :batch FOR UPDATE SKIP LOCKED)
				RETURNING id, to_number, message, attempts, outcome_unknown_since
				""")
			.param("now", utc(now()))
			.param("batch", properties.batch())
			.query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
					instant(rs, "outcome_unknown_since")))
			.list();
		for (Claimed message : claimed) {
			send(message);
		}
		return claimed.size();
	}

	/** @param outcomeUnknownSince when an earlier attempt may have reached the provider unanswered */
	private record Claimed(UUID id, String to, String message, int attempts, Instant outcomeUnknownSince) {
	}

	private void send(Claimed message) {
		Instant attemptedAt = now();
		try {
			// after an unanswered attempt, ask the provider first: the text may have gone out already
			Optional<String> earlier = message.outcomeUnknownSince() == null ? Optional.empty()
					: sender.findSent(message.to(), message.message(), message.outcomeUnknownSince());
			String providerId = earlier.isPresent() ? earlier.get() : sender.send(message.to(), message.message());
			jdbc.sql("""
					UPDATE notifications SET status = 'SENT', provider = :provider, provider_id = :pid, sent_at = :now,
					  updated_at = :now, last_error = NULL
					WHERE id = :id AND status = 'SENDING'
					""")
				.param("provider", sender.name())
				.param("pid", providerId)
				.param("now", utc(now()))
				.param("id", message.id())
				.update();
		}
		catch (RuntimeException ex) {
			boolean last = message.attempts() >= properties.maxAttempts();
			Duration wait = properties.backoff().multipliedBy(1L << Math.min(message.attempts() - 1, 16));
			log.warn("Sending notification {} failed (attempt {}): {}", message.id(), message.attempts(), ex.getMessage());
			jdbc.sql("""
					UPDATE notifications SET status = :status, send_after = :after, last_error = :error, updated_at = :now,
					  outcome_unknown_since = coalesce(outcome_unknown_since, :unknownSince)
					WHERE id = :id AND status = 'SENDING'
					""")
				.param("status", last ? "FAILED" : "PENDING")
				.param("after", utc(now().plus(wait)))
				.param("error", String.valueOf(ex.getMessage()))
				.param("now", utc(now()))
				.param("unknownSince", ex instanceof SmsSender.OutcomeUnknown ? utc(attemptedAt) : null, Types.TIMESTAMP_WITH_TIMEZONE)
				.param("id", message.id())
				.update();
		}
	}

	/**
	 * A node stopped between handing a message to the provider and recording it: the message may
	 * have gone out, so it is marked failed rather than sent a second time.
	 */
	private void giveUpStuck() {
		jdbc.sql("""
				UPDATE notifications SET status = 'FAILED', updated_at = :now,
				  last_error = 'Outcome unknown: the sending node stopped; not retried so it is never sent twice'
				WHERE status = 'SENDING' AND updated_at < :stuck
				""")
			.param("now", utc(now()))
			.param("stuck", utc(now().minus(STUCK)))
			.update();
	}

	/** A delivery report from the provider. */
	@Transactional
	public void delivered(String providerId, boolean delivered, String error) {
		jdbc.sql("""
				UPDATE notifications SET status = :status, delivered_at = CASE WHEN :delivered THEN :now ELSE delivered_at END,
				  last_error = coalesce(:error, last_error), updated_at = :now
				WHERE provider_id = :pid AND status IN ('SENT', 'DELIVERED')
				""")
			.param("status", delivered ? "DELIVERED" : "FAILED")
			.param("delivered", delivered)
			.param("error", error)
			.param("now", utc(now()))
			.param("pid", providerId)
			.update();
	}

	/** @param userId null = everyone's (the admin's log, where one-time codes are hidden) */
	@Transactional(readOnly = true)
	public List<NotificationView> list(UUID userId, String status) {
		List<NotificationView> list = jdbc.sql(VIEW + """
				WHERE (CAST(:user AS uuid) IS NULL OR n.user_id = :user)
				  AND (CAST(:status AS text) IS NULL OR n.status = :status)
				ORDER BY n.send_after DESC, n.created_at DESC LIMIT 500
				""")
			.param("user", userId)
			.param("status", status)
			.query(Notifications::map)
			.list();
		return userId != null ? list : list.stream().map(NotificationView::withoutCode).toList();
	}

	private Instant now() {
		return clock.instant();
	}

	private static NotificationView map(ResultSet rs, int row) throws SQLException {
		return new NotificationView(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("full_name"), rs.getObject("appointment_id", UUID.class), rs.getString("kind"),
				rs.getString("channel"), rs.getString("to_number"), rs.getString("message"), rs.getString("status"),
				rs.getString("provider"), rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "send_after"),
				instant(rs, "sent_at"), instant(rs, "delivered_at"), instant(rs, "created_at"));
	}
}
