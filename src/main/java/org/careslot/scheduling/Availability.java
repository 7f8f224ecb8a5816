package org.careslot.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A doctor's booking rules.
 *
 * @param zone        where the local hours are read
 * @param slotLength  length of every appointment
 * @param buffer      free time kept after each appointment
 * @param minNotice   how far ahead a slot must start to be bookable
 * @param horizonDays how many days ahead (counted in the doctor's zone) can be booked
 * @param weekly      working hours per weekday; a missing day is a day off
 * @param overrides   other hours on specific dates; an empty list closes that date
 * @param timeOff     the doctor's time off around the dates that were asked for
 */
public record Availability(ZoneId zone, Duration slotLength, Duration buffer, Duration minNotice, int horizonDays,
		Map<DayOfWeek, List<LocalHours>> weekly, Map<LocalDate, List<LocalHours>> overrides, List<TimeRange> timeOff) {

	public Availability {
		weekly = Map.copyOf(weekly);
		overrides = Map.copyOf(overrides);
		timeOff = List.copyOf(timeOff);
	}

	public Availability(ZoneId zone, Duration slotLength, Duration buffer, Duration minNotice, int horizonDays,
			Map<DayOfWeek, List<LocalHours>> weekly, Map<LocalDate, List<LocalHours>> overrides) {
		this(zone, slotLength, buffer, minNotice, horizonDays, weekly, overrides, List.of());
	}

	/** The same rules with other time off. */
	public Availability withTimeOff(List<TimeRange> timeOff) {
		return new Availability(zone, slotLength, buffer, minNotice, horizonDays, weekly, overrides, timeOff);
	}

	/** The hours that apply on a date: its override if any, else the weekday's. */
	public List<LocalHours> hoursOn(LocalDate date) {
		List<LocalHours> override = overrides.get(date);
		return override != null ? override : weekly.getOrDefault(date.getDayOfWeek(), List.of());
	}
}
