package org.careslot.identity;

import java.util.UUID;

/** What the identity module tells the rest of CareSlot (and the API) about an account. */
public record UserView(UUID id, String email, String fullName, Role role, String phone) {
}
