package org.careslot.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SlotCalculatorTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
	static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

	static Availability everyDay(ZoneId zone, int slotMinutes, String start, String end) {
		Map<DayOfWeek, List<LocalHours>> weekly = new java.util.EnumMap<>(DayOfWeek.class);
		for (DayOfWeek d : DayOfWeek.values()) {
			weekly.put(d, List.of(new LocalHours(LocalTime.parse(start), LocalTime.parse(end))));
		}
		return new Availability(zone, Duration.ofMinutes(slotMinutes), Duration.ZERO, Duration.ZERO, 100_000, weekly, Map.of());
	}

	static List<String> starts(List<TimeRange> slots) {
		return slots.stream().map(s -> s.start().toString()).toList();
	}

	@Test
	void aPlainMorningIsGriddedInLocalTime() {
		var slots = SlotCalculator.freeSlots(everyDay(BERLIN, 60, "09:00", "12:00"), LocalDate.parse("2027-01-11"),
				LocalDate.parse("2027-01-11"), List.of(), List.of(), LONG_AGO);
		assertThat(starts(slots)).containsExactly("2027-01-11T08:00:00Z", "2027-01-11T09:00:00Z", "2027-01-11T10:00:00Z");
	}

	@Test
	void berlinSpringForwardSkipsTheMissingHour() {
		// 2027-03-28: 02:00 CET jumps to 03:00 CEST
		var slots = SlotCalculator.freeSlots(everyDay(BERLIN, 30, "01:00", "04:30"), LocalDate.parse("2027-03-28"),
				LocalDate.parse("2027-03-28"), List.of(), List.of(), LONG_AGO);
		assertThat(starts(slots)).containsExactly("2027-03-28T00:00:00Z", "2027-03-28T00:30:00Z", // 01:00, 01:30 CET
				"2027-03-28T01:00:00Z", "2027-03-28T01:30:00Z", "2027-03-28T02:00:00Z"); // 03:00, 03:30, 04:00 CEST
	}

	@Test
	void berlinFallBackGivesTheRepeatedHourOnce() {
		// 2027-10-31: 03:00 CEST falls back to 02:00 CET; 02:00–03:00 happens twice
		var slots = SlotCalculator.freeSlots(everyDay(BERLIN, 30, "01:30", "03:30"), LocalDate.parse("2027-10-31"),
				LocalDate.parse("2027-10-31"), List.of(), List.of(), LONG_AGO);
		assertThat(starts(slots)).containsExactly("2027-10-30T23:30:00Z", // 01:30 CEST
				"2027-10-31T00:00:00Z", "2027-10-31T00:30:00Z", // 02:00, 02:30 CEST (first time)
				"2027-10-31T02:00:00Z"); // 03:00 CET
		assertNoOverlaps(slots);
	}

	@Test
	void newYorkSpringForwardAndFallBack() {
		// 2027-03-14 02:00 EST → 03:00 EDT; 2027-11-07 02:00 EDT → 01:00 EST
		var spring = SlotCalculator.freeSlots(everyDay(NEW_YORK, 60, "00:00", "05:00"), LocalDate.parse("2027-03-14"),
				LocalDate.parse("2027-03-14"), List.of(), List.of(), LONG_AGO);
		assertThat(starts(spring)).containsExactly("2027-03-14T05:00:00Z", "2027-03-14T06:00:00Z", // 00:00, 01:00 EST
				"2027-03-14T07:00:00Z", "2027-03-14T08:00:00Z"); // 03:00, 04:00 EDT
		var fall = SlotCalculator.freeSlots(everyDay(NEW_YORK, 60, "00:00", "03:00"), LocalDate.parse("2027-11-07"),
				LocalDate.parse("2027-11-07"), List.of(), List.of(), LONG_AGO);
		assertThat(starts(fall)).containsExactly("2027-11-07T04:00:00Z", "2027-11-07T05:00:00Z", // 00:00, 01:00 EDT
				"2027-11-07T07:00:00Z"); // 02:00 EST
		assertNoOverlaps(fall);
	}

	@Test
	void slotLengthsThatStraddleTheGapNeverOverlap() {
		var slots = SlotCalculator.freeSlots(everyDay(BERLIN, 45, "00:00", "06:00"), LocalDate.parse("2027-03-28"),
				LocalDate.parse("2027-03-28"), List.of(), List.of(), LONG_AGO);
		assertNoOverlaps(slots);
		assertThat(slots).allSatisfy(s -> assertThat(BERLIN.getRules().isValidOffset(
				s.start().atZone(BERLIN).toLocalDateTime(), s.start().atZone(BERLIN).getOffset())).isTrue());
	}

	@Test
	void bookingsAndTheirBuffersTimeOffNoticeAndHorizonRemoveSlots() {
		Availability base = everyDay(BERLIN, 30, "09:00", "12:00");
		Availability rules = new Availability(BERLIN, base.slotLength(), Duration.ofMinutes(15), Duration.ofHours(1), 1,
				base.weekly(), Map.of());
		Instant now = Instant.parse("2027-01-11T08:10:00Z"); // 09:10 Berlin
		var booked = new TimeRange(Instant.parse("2027-01-11T09:30:00Z"), Instant.parse("2027-01-11T10:00:00Z")); // 10:30
		var off = new TimeRange(Instant.parse("2027-01-12T08:00:00Z"), Instant.parse("2027-01-12T10:00:00Z"));
		var slots = SlotCalculator.freeSlots(rules, LocalDate.parse("2027-01-11"), LocalDate.parse("2027-01-14"),
				List.of(booked), List.of(off), now);
		assertThat(starts(slots)).containsExactly(
				// 10:00 and 11:00 would touch the booking's 15-minute buffer; 09:00/09:30 are inside the hour's notice
				"2027-01-11T10:30:00Z", // 11:30
				"2027-01-12T10:00:00Z", "2027-01-12T10:30:00Z"); // after time off; 13th and 14th are past the horizon
	}

	@Test
	void anOverrideReplacesTheWeekdayAndAnEmptyOneCloses() {
		Availability base = everyDay(BERLIN, 60, "09:00", "11:00");
		Availability rules = new Availability(BERLIN, base.slotLength(), Duration.ZERO, Duration.ZERO, 100_000, base.weekly(),
				Map.of(LocalDate.parse("2027-01-11"), List.of(new LocalHours(LocalTime.of(14, 0), LocalTime.of(15, 0))),
						LocalDate.parse("2027-01-12"), List.of()));
		var slots = SlotCalculator.freeSlots(rules, LocalDate.parse("2027-01-11"), LocalDate.parse("2027-01-13"), List.of(),
				List.of(), LONG_AGO);
		assertThat(starts(slots)).containsExactly("2027-01-11T13:00:00Z", "2027-01-13T08:00:00Z", "2027-01-13T09:00:00Z");
	}

	static void assertNoOverlaps(List<TimeRange> slots) {
		for (int i = 0; i < slots.size(); i++) {
			for (int j = i + 1; j < slots.size(); j++) {
				assertThat(slots.get(i).overlaps(slots.get(j))).as("%s vs %s", slots.get(i), slots.get(j)).isFalse();
			}
		}
	}
}
