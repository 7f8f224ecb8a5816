package org.careslot.doctors;

import java.time.ZoneId;
import java.util.List;

/** Everything needed to list a new doctor. */
public record NewDoctor(String email, String password, String fullName, String specialty, String bio,
		int yearsOfExperience, List<String> languages, Money fee, ZoneId timeZone, String photoUrl, int slotMinutes,
		List<WorkingInterval> weeklyHours) {
}
