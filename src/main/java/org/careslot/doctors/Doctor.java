package org.careslot.doctors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careslot.scheduling.ScheduleRules;

/** A doctor's profile as stored; self-registered doctors are not listed until an administrator approves. */
record Doctor(UUID id, UUID userId, String fullName, String specialty, String bio, int yearsOfExperience,
		List<String> languages, Money fee, boolean acceptingNewPatients, boolean prepaymentRequired, String photoUrl,
		Practice practice, boolean listed, Instant createdAt) {

	static Doctor create(UUID userId, NewDoctor profile, boolean listed, Instant now) {
		return new Doctor(UUID.randomUUID(), userId, profile.fullName().strip(), profile.specialty().strip(),
				profile.bio() == null ? "" : profile.bio(), profile.yearsOfExperience(), List.copyOf(profile.languages()),
				profile.fee(), true, profile.prepaymentRequired(), profile.photoUrl(), practice(profile.practice()), listed, now);
	}

	private static Practice practice(Practice given) {
		return given == null ? null : Practice.of(given.name(), given.address(), given.city(), given.phone());
	}

	DoctorView view(ScheduleRules rules) {
		List<WorkingInterval> weekly = rules == null ? List.of()
				: rules.weekly().entrySet().stream()
					.sorted(Map.Entry.comparingByKey())
					.flatMap(e -> e.getValue().stream().map(h -> new WorkingInterval(e.getKey(), h.start(), h.end())))
					.toList();
		return new DoctorView(id, userId, fullName, specialty, bio, yearsOfExperience, languages, fee,
				rules == null ? null : rules.zone().getId(), acceptingNewPatients, prepaymentRequired, photoUrl,
				rules == null ? 0 : rules.slotMinutes(), weekly, listed, practice);
	}
}
