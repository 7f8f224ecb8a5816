package org.careslot.scheduling;

import java.time.LocalTime;
import java.util.Objects;

/** Working hours on one day, in the doctor's local time: [start, end). */
public record LocalHours(LocalTime start, LocalTime end) {

	public LocalHours {
		Objects.requireNonNull(start);
		Objects.requireNonNull(end);
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("end must be after start");
		}
	}

	public boolean overlaps(LocalHours other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}
}
