package org.careslot.doctors;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented by the booking side, which knows the appointments: works out each doctor's soonest
 * free slot and stores it in its read model ({@code doctor_next_free_slots}), which the directory
 * sorts by. Lives here so the directory does not depend on appointments.
 */
public interface NextFreeSlots {

	/** @return each doctor's soonest free slot, null when there is none within reach */
	Map<UUID, Instant> refresh(Collection<UUID> doctorIds);
}
