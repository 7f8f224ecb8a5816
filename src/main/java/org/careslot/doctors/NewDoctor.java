package org.careslot.doctors;

import java.util.List;

import org.careslot.scheduling.ScheduleRules;

/** Everything needed to create a doctor: the account, the profile and the first schedule. */
public record NewDoctor(String email, String password, String fullName, String specialty, String bio,
		int yearsOfExperience, List<String> languages, Money fee, String photoUrl, boolean prepaymentRequired,
		Practice practice, ScheduleRules schedule) {
}
