package org.careslot.doctors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the doctor directory, with the soonest free slot the booking side knows of. */
public record DoctorSummary(UUID id, String fullName, String specialty, String bio, int yearsOfExperience,
		List<String> languages, String timeZone, Money consultationFee, boolean acceptingNewPatients, String photoUrl,
		Instant nextFreeSlot, boolean prepaymentRequired, Practice practice) {

	public DoctorSummary withNextFreeSlot(Instant slot) {
		return new DoctorSummary(id, fullName, specialty, bio, yearsOfExperience, languages, timeZone, consultationFee,
				acceptingNewPatients, photoUrl, slot, prepaymentRequired, practice);
	}
}
