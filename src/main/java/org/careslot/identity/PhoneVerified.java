package org.careslot.identity;

import java.util.UUID;

/** The owner proved their phone number: texts may go to it from now on. */
public record PhoneVerified(UUID userId) {
}
