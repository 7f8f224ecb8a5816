package org.careslot.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates and times a clinic could mean: from the year 2000 to ten years ahead. Anything else (year
 * -999999999 parses fine) is refused up front with a 400 naming the field, before it reaches time
 * arithmetic or the database.
 */
public final class Plausible {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	static final int YEARS_AHEAD = 10;

	private Plausible() {
	}

	public static LocalDate date(String field, LocalDate value, Clock clock) {
		if (value != null && (value.isBefore(EARLIEST) || value.isAfter(latest(clock)))) {
			throw refused(field, clock);
		}
		return value;
	}

	public static Instant instant(String field, Instant value, Clock clock) {
		if (value != null && (value.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
				|| value.isAfter(latest(clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
			throw refused(field, clock);
		}
		return value;
	}

	private static ApiException refused(String field, Clock clock) {
		return ApiException.invalid(field, Text.of("field.dateBetween", "earliest", EARLIEST.toString(), "latest",
				latest(clock).toString()));
	}

	private static LocalDate latest(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(YEARS_AHEAD);
	}
}
