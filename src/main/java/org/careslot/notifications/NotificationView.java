package org.careslot.notifications;

import java.time.Instant;
import java.util.UUID;

public record NotificationView(UUID id, UUID userId, String recipientName, UUID appointmentId, String kind,
		String channel, String toNumber, String message, String status, String provider, int attempts,
		String lastError, Instant sendAfter, Instant sentAt, Instant deliveredAt, Instant createdAt) {

	/** A one-time code is for its owner's eyes: the SMS log shows that one was sent, not which. */
	NotificationView withoutCode() {
		return "VERIFY".equals(kind) ? new NotificationView(id, userId, recipientName, appointmentId, kind, channel, toNumber,
				message.replaceAll("\\d{6}", "••••••"), status, provider, attempts, lastError, sendAfter, sentAt, deliveredAt,
				createdAt) : this;
	}
}
