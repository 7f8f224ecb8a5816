package org.careslot.notifications;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.careslot.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own messages (My messages). */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "The signed-in user's own messages, planned and sent")
	List<NotificationView> mine(@AuthenticationPrincipal CurrentUser me) {
		return notifications.list(me.id(), null);
	}
}
