package org.careslot.notifications;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import org.careslot.identity.CurrentUser;
import org.careslot.platform.ApiException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

	private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SENT", "DELIVERED", "FAILED", "CANCELLED");

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/notifications")
	@Operation(summary = "The signed-in user's own messages, planned and sent")
	List<NotificationView> mine(@AuthenticationPrincipal CurrentUser me) {
		return notifications.list(me.id(), null);
	}

	@GetMapping("/api/admin/notifications")
	@Operation(summary = "The SMS log: every message, optionally of one status")
	List<NotificationView> all(@RequestParam(required = false) String status) {
		if (status != null && !STATUSES.contains(status)) {
			throw ApiException.invalid("status", "must be one of " + String.join(", ", STATUSES.stream().sorted().toList()));
		}
		return notifications.list(null, status);
	}
}
