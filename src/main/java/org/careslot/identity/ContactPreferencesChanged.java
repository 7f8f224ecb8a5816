package org.careslot.identity;

import java.util.UUID;

/**
 * How to reach the account holder or how to write to them changed (phone, language, time zone);
 * messages already queued for them are brought in line.
 */
public record ContactPreferencesChanged(UUID userId) {
}
