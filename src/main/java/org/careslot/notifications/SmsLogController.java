package org.careslot.notifications;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SMS log for administrators: every message, optionally of one status. */
@RestController
@RequestMapping("/api/admin/notifications")
class SmsLogController {

	private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SENT", "DELIVERED", "FAILED", "CANCELLED");

	private final NotificationService notifications;

	SmsLogController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "The SMS log: every message, optionally of one status")
	List<NotificationView> all(@RequestParam(required = false) String status) {
		if (status != null && !STATUSES.contains(status)) {
			throw ApiException.invalid("status",
					Text.of("field.oneOf", "values", String.join(", ", STATUSES.stream().sorted().toList())));
		}
		return notifications.list(null, status);
	}
}
