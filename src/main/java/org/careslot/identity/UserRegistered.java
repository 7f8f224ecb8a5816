package org.careslot.identity;

import java.util.UUID;

/** An account was created, by sign-up or by an administrator. */
public record UserRegistered(UUID userId, Role role) {
}
