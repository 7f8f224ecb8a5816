package org.careslot.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of absolute time, [start, end). */
public record TimeRange(Instant start, Instant end) {

	public TimeRange {
		Objects.requireNonNull(start);
		Objects.requireNonNull(end);
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("end must be after start");
		}
	}

	public boolean overlaps(TimeRange other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

	public TimeRange widen(Duration before, Duration after) {
		return new TimeRange(start.minus(before), end.plus(after));
	}
}
