package org.careslot.doctors;

import java.util.List;
import java.util.UUID;

/** One row of the doctor directory. */
public record DoctorSummary(UUID id, String fullName, String specialty, String bio, int yearsOfExperience,
		List<String> languages, String timeZone, Money consultationFee, boolean acceptingNewPatients, String photoUrl) {
}
