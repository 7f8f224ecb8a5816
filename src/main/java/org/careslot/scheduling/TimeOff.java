package org.careslot.scheduling;

import java.time.Instant;
import java.util.UUID;

public record TimeOff(UUID id, Instant start, Instant end, String reason) {
}
