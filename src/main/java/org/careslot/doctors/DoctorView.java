package org.careslot.doctors;

import java.util.List;
import java.util.UUID;

public record DoctorView(UUID id, UUID userId, String fullName, String specialty, String bio, int yearsOfExperience,
		List<String> languages, Money consultationFee, String timeZone, boolean acceptingNewPatients, String photoUrl,
		int slotMinutes, List<WorkingInterval> weeklyHours) {
}
