package org.careslot.identity;

import java.util.UUID;

/** An account as administrators see it. */
public record AccountView(UUID id, String email, String fullName, Role role, String phone, boolean enabled,
		boolean twoFactorEnabled) {
}
