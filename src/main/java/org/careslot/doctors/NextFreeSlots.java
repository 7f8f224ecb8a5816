package org.careslot.doctors;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented by the booking side, which knows the appointments: the soonest free slot of each
 * doctor, for the directory. Lives here so the directory does not depend on appointments.
 */
public interface NextFreeSlots {

	Map<UUID, Instant> nextFreeSlots(Collection<UUID> doctorIds);
}
