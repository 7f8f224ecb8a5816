package org.careslot.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.careslot.platform.Text;

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

	/** Why a start cannot be booked. The one definition: listing slots and accepting a booking both ask {@link #judge}. */
	public enum Refusal {
		NOT_A_SLOT, PAST, TOO_SOON, TOO_FAR, TIME_OFF, TAKEN;

		/** A sentence for the person who asked (a problem message), with the doctor's own notice and horizon. */
		public Text explain(Availability availability) {
			return switch (this) {
				case NOT_A_SLOT -> Text.of("booking.refused.notASlot");
				case PAST -> Text.of("booking.refused.past");
				case TOO_SOON -> Text.of("booking.refused.tooSoon", "minutes", availability.minNotice().toMinutes());
				case TOO_FAR -> Text.of("booking.refused.tooFar", "days", availability.horizonDays());
				case TIME_OFF -> Text.of("booking.refused.timeOff");
				case TAKEN -> Text.of("booking.refused.taken");
			};
		}
	}

	/** The slot a start names, or why it cannot be booked (then {@code slot} is null when it is no slot at all). */
	public record Verdict(TimeRange slot, Refusal refusal) {

		public boolean bookable() {
			return refusal == null;
		}
	}

	/**
	 * Judges one start: is it a slot of the working hours, and is that slot free of the past, the
	 * notice, the horizon, time off and the booked time?
	 * @param booked booked time (kept clear by the buffer on both sides); a booking passes none and
	 *               leaves overlaps to the database's exclusion constraints, which cannot race
	 */
	public static Verdict judge(Availability availability, Instant start, List<TimeRange> booked, Instant now) {
		LocalDate date = LocalDate.ofInstant(start, availability.zone());
		return gridOn(availability, date).stream()
			.filter(slot -> slot.start().equals(start))
			.findFirst()
			.map(slot -> new Verdict(slot, refusal(availability, date, slot, booked, now)))
			.orElseGet(() -> new Verdict(null, Refusal.NOT_A_SLOT));
	}

	/**
	 * @param from         first date, in the doctor's zone (inclusive)
	 * @param to           last date, in the doctor's zone (inclusive)
	 * @param appointments booked time; kept clear by the buffer on both sides
	 * @param timeOff      blocked time; no buffer around it
	 */
	public static List<TimeRange> freeSlots(Availability availability, LocalDate from, LocalDate to,
			List<TimeRange> appointments, List<TimeRange> timeOff, Instant now) {
		Availability rules = availability.withTimeOff(timeOff);
		LocalDate lastBookable = lastBookable(rules, now);
		List<TimeRange> free = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to) && !date.isAfter(lastBookable); date = date.plusDays(1)) {
			for (TimeRange slot : gridOn(rules, date)) {
				if (refusal(rules, date, slot, appointments, now) == null) {
					free.add(slot);
				}
			}
		}
		return free;
	}

	private static Refusal refusal(Availability availability, LocalDate date, TimeRange slot, List<TimeRange> booked,
			Instant now) {
		if (slot.start().isBefore(now)) {
			return Refusal.PAST;
		}
		if (slot.start().isBefore(now.plus(availability.minNotice()))) {
			return Refusal.TOO_SOON;
		}
		if (date.isAfter(lastBookable(availability, now))) {
			return Refusal.TOO_FAR;
		}
		if (availability.timeOff().stream().anyMatch(slot::overlaps)) {
			return Refusal.TIME_OFF;
		}
		if (booked.stream().anyMatch(b -> b.widen(availability.buffer(), availability.buffer()).overlaps(slot))) {
			return Refusal.TAKEN;
		}
		return null;
	}

	/** The last date, in the doctor's zone, that can be booked today. */
	private static LocalDate lastBookable(Availability availability, Instant now) {
		return LocalDate.ofInstant(now, availability.zone()).plusDays(availability.horizonDays());
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
