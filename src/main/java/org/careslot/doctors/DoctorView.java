package org.careslot.doctors;

import java.util.List;
import java.util.UUID;

/** A doctor's public profile with the weekly hours in their own time zone. */
public record DoctorView(UUID id, UUID userId, String fullName, String specialty, String bio, int yearsOfExperience,
		List<String> languages, Money consultationFee, String timeZone, boolean acceptingNewPatients,
		boolean prepaymentRequired, String photoUrl, int slotMinutes, List<WorkingInterval> weeklyHours, boolean listed,
		Practice practice) {
}
