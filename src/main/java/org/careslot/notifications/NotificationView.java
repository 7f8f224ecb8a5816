package org.careslot.notifications;

import java.time.Instant;
import java.util.UUID;

public record NotificationView(UUID id, UUID userId, String recipientName, UUID appointmentId, String kind,
		String channel, String toNumber, String message, String status, String provider, int attempts,
		String lastError, Instant sendAfter, Instant sentAt, Instant deliveredAt, Instant createdAt) {
}
