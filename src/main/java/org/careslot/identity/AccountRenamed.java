package org.careslot.identity;

import java.util.UUID;

/** The account's display name changed; modules that show it keep their copy in step. */
public record AccountRenamed(UUID userId, String fullName) {
}
