package org.careslot.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Free appointment slots: working hours on a grid of the slot length, laid in the doctor's
 * local time and converted to instants, minus what is busy, too soon, or too far ahead.
 * <p>
 * Daylight saving: a local start time that does not exist that day (spring forward) yields no
 * slot; a local time that occurs twice (fall back) yields one slot, at its first occurrence;
 * and a slot is dropped when the clock change would make it overlap the previous one.
 * <p>
 * Pure: no Spring, no I/O, the current instant passed in.
 */
public final class SlotCalculator {

	private SlotCalculator() {
	}

	/**
	 * @param from         first date, in the doctor's zone (inclusive)
	 * @param to           last date, in the doctor's zone (inclusive)
	 * @param appointments booked time; kept clear by the buffer on both sides
	 * @param timeOff      blocked time; no buffer around it
	 */
	public static List<TimeRange> freeSlots(Availability availability, LocalDate from, LocalDate to,
			List<TimeRange> appointments, List<TimeRange> timeOff, Instant now) {
		List<TimeRange> blocked = new ArrayList<>(timeOff);
		appointments.forEach(b -> blocked.add(b.widen(availability.buffer(), availability.buffer())));
		Instant earliest = now.plus(availability.minNotice());
		LocalDate lastBookable = LocalDate.ofInstant(now, availability.zone()).plusDays(availability.horizonDays());
		List<TimeRange> free = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to) && !date.isAfter(lastBookable); date = date.plusDays(1)) {
			for (TimeRange slot : gridOn(availability, date)) {
				if (!slot.start().isBefore(earliest) && blocked.stream().noneMatch(slot::overlaps)) {
					free.add(slot);
				}
			}
		}
		return free;
	}

	/** Every slot the working hours give on a date, ignoring what is booked and the clock. */
	public static List<TimeRange> gridOn(Availability availability, LocalDate date) {
		ZoneId zone = availability.zone();
		List<TimeRange> slots = new ArrayList<>();
		Instant previousEnd = Instant.MIN;
		for (LocalHours hours : availability.hoursOn(date).stream()
			.sorted((a, b) -> a.start().compareTo(b.start()))
			.toList()) {
			Instant hoursEnd = ZonedDateTime.ofLocal(date.atTime(hours.end()), zone, null).toInstant();
			long step = availability.slotLength().toMinutes();
			for (LocalTime t = hours.start(); fitsBefore(t, step, hours.end()); t = t.plusMinutes(step)) {
				LocalDateTime local = date.atTime(t);
				if (zone.getRules().getValidOffsets(local).isEmpty()) {
					continue; // skipped by spring-forward
				}
				Instant start = ZonedDateTime.ofLocal(local, zone, null).toInstant(); // earlier offset when repeated
				Instant end = start.plus(availability.slotLength());
				if (start.isBefore(previousEnd) || end.isAfter(hoursEnd)) {
					continue; // the clock change folded this slot onto another, or past the end of the hours
				}
				slots.add(new TimeRange(start, end));
				previousEnd = end;
			}
		}
		return slots;
	}

	private static boolean fitsBefore(LocalTime start, long minutes, LocalTime end) {
		// compare in minutes of the day so a grid near midnight cannot wrap around
		return start.toSecondOfDay() / 60 + minutes <= end.toSecondOfDay() / 60;
	}
}
