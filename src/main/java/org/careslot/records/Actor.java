package org.careslot.records;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.careslot.identity.CurrentUser;
import org.careslot.identity.Role;

/**
 * Who is asking, from where, and (for an admin's break-glass read) why; what the audit log keeps.
 *
 * @param breakGlassReason the admin's stated reason, or null
 */
record Actor(UUID id, Role role, String address, String breakGlassReason) {

	static final String BREAK_GLASS_HEADER = "X-Break-Glass-Reason";

	static Actor of(CurrentUser user, HttpServletRequest request) {
		String reason = request.getHeader(BREAK_GLASS_HEADER);
		return new Actor(user.id(), user.role(), request.getRemoteAddr(),
				reason == null || reason.isBlank() ? null : reason.strip());
	}
}
