package org.careslot.notifications;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careslot.notifications.NotificationTexts.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text messages about appointments, as other modules and the controllers see them: the log, the
 * provider's delivery reports, and texts imported from before CareSlot. Texts are planned by
 * {@link NotificationPlanner} in the transaction that changes the appointment and sent by
 * {@link NotificationDispatcher}.
 */
@Service
public class NotificationService {

	private static final String VIEW = """
			SELECT n.id, n.user_id, u.full_name, n.appointment_id, n.kind, n.channel, n.to_number, n.message, n.status,
			       n.provider, n.attempts, n.last_error, n.send_after, n.sent_at, n.delivered_at, n.created_at
			FROM notifications n JOIN users u ON u.id = n.user_id
			""";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final NotificationTexts texts;
	private final NotificationDispatcher dispatcher;
	private final SmsSender sender;
	private final Clock clock;

	NotificationService(JdbcClient jdbc, JdbcTemplate batch, NotificationTexts texts, NotificationDispatcher dispatcher,
			SmsSender sender, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.texts = texts;
		this.dispatcher = dispatcher;
		this.sender = sender;
		this.clock = clock;
	}

	/** A text that went out before CareSlot knew of it (the demo clinic's history). */
	public record Delivered(UUID patientId, UUID appointmentId, String kind, Instant sentAt) {
	}

	/**
	 * Texts that went out before CareSlot knew of them: written as the real ones would have been,
	 * already delivered, in one batch. Nothing for a patient without a phone number.
	 */
	@Transactional
	public void importDelivered(List<Delivered> delivered) {
		Map<UUID, Optional<Recipient>> recipients = new HashMap<>();
		Map<UUID, Instant> starts = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (Delivered d : delivered) {
			Optional<Recipient> r = recipients.computeIfAbsent(d.appointmentId(), a -> texts.recipient(d.patientId(), a));
			if (r.isEmpty()) {
				continue;
			}
			Instant start = starts.computeIfAbsent(d.appointmentId(), a -> jdbc.sql("SELECT starts_at FROM appointments WHERE id = :id")
				.param("id", a).query((rs, n) -> instant(rs, "starts_at")).single());
			rows.add(new Object[] { UUID.randomUUID(), d.patientId(), d.appointmentId(), d.kind(), r.get().phone(),
					texts.text(r.get(), d.kind(), start, null), sender.name(), utc(d.sentAt()), utc(d.sentAt().plusSeconds(4)) });
		}
		batch.batchUpdate("""
				INSERT INTO notifications (id, user_id, appointment_id, kind, to_number, message, status, provider, attempts,
				  send_after, sent_at, delivered_at, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 'DELIVERED', ?, 1, ?, ?, ?, ?, ?)
				""", rows.stream().map(r -> new Object[] { r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[7], r[8], r[7], r[7] })
			.toList());
	}

	/**
	 * Sends what is due now, on this node; the dispatcher also does it on its own schedule, on
	 * every node, each message once.
	 * @return how many messages this call claimed
	 */
	public int deliverDue() {
		return dispatcher.deliverDue();
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
			.param("now", utc(clock.instant()))
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
			.query(NotificationService::map)
			.list();
		return userId != null ? list : list.stream().map(NotificationView::withoutCode).toList();
	}

	private static NotificationView map(ResultSet rs, int row) throws SQLException {
		return new NotificationView(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("full_name"), rs.getObject("appointment_id", UUID.class), rs.getString("kind"),
				rs.getString("channel"), rs.getString("to_number"), rs.getString("message"), rs.getString("status"),
				rs.getString("provider"), rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "send_after"),
				instant(rs, "sent_at"), instant(rs, "delivered_at"), instant(rs, "created_at"));
	}
}
