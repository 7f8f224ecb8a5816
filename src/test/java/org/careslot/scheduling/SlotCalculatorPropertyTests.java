package org.careslot.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the slot maths over random zones, hours, bookings, time off and clocks. */
class SlotCalculatorPropertyTests {

	static final List<ZoneId> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
			"Asia/Kolkata", "America/Sao_Paulo", "Pacific/Chatham", "UTC").stream().map(ZoneId::of).toList();

	record Scenario(Availability availability, LocalDate from, LocalDate to, List<TimeRange> busy, List<TimeRange> timeOff,
			Instant now) {
	}

	@Property(tries = 300)
	void slotsNeverOverlapBusyTimeNorEachOtherAndLieInsideHoursAndTheFuture(@ForAll("scenarios") Scenario s) {
		List<TimeRange> slots = SlotCalculator.freeSlots(s.availability(), s.from(), s.to(), s.busy(), s.timeOff(), s.now());
		Availability a = s.availability();
		for (TimeRange slot : slots) {
			assertThat(s.busy()).noneMatch(b -> b.widen(a.buffer(), a.buffer()).overlaps(slot));
			assertThat(s.timeOff()).noneMatch(t -> t.overlaps(slot));
			assertThat(slot.start()).isAfterOrEqualTo(s.now().plus(a.minNotice()));
			assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(a.slotLength());
			var local = slot.start().atZone(a.zone());
			LocalDate date = local.toLocalDate();
			assertThat(date).isBetween(s.from(), s.to());
			assertThat(a.hoursOn(date)).as("inside working hours").anySatisfy(h -> {
				assertThat(local.toLocalTime()).isBetween(h.start(), h.end());
				assertThat(slot.end()).isBeforeOrEqualTo(java.time.ZonedDateTime.ofLocal(date.atTime(h.end()), a.zone(), null).toInstant());
			});
		}
		for (int i = 1; i < slots.size(); i++) {
			assertThat(slots.get(i).start()).as("ordered, no overlap").isAfterOrEqualTo(slots.get(i - 1).end());
		}
	}

	/**
	 * Completeness, and one rule for both paths: every slot of the hours in range is listed exactly
	 * when it is clear of the notice, the bookings (with buffer) and time off, and exactly when the
	 * judge that accepts bookings says it is bookable. A calculator that lists nothing fails here.
	 */
	@Property(tries = 300)
	void aSlotIsListedExactlyWhenItIsFreeAndExactlyWhenTheBookingJudgeAcceptsIt(@ForAll("scenarios") Scenario s) {
		Availability a = s.availability().withTimeOff(s.timeOff());
		Set<Instant> listed = SlotCalculator.freeSlots(s.availability(), s.from(), s.to(), s.busy(), s.timeOff(), s.now())
			.stream().map(TimeRange::start).collect(Collectors.toSet());
		for (LocalDate date = s.from(); !date.isAfter(s.to()); date = date.plusDays(1)) {
			for (TimeRange slot : SlotCalculator.gridOn(a, date)) {
				boolean free = !slot.start().isBefore(s.now().plus(a.minNotice()))
						&& s.busy().stream().noneMatch(b -> b.widen(a.buffer(), a.buffer()).overlaps(slot))
						&& s.timeOff().stream().noneMatch(t -> t.overlaps(slot));
				SlotCalculator.Verdict verdict = SlotCalculator.judge(a, slot.start(), s.busy(), s.now());
				assertThat(listed.contains(slot.start())).as("listed %s", slot).isEqualTo(free);
				assertThat(verdict.bookable()).as("judged %s: %s", slot, verdict.refusal()).isEqualTo(free);
			}
		}
	}

	@Property(tries = 200)
	void aStartOffTheGridIsNotASlot(@ForAll("scenarios") Scenario s) {
		Availability a = s.availability();
		for (TimeRange slot : SlotCalculator.gridOn(a, s.from())) {
			Instant offGrid = slot.start().plus(Duration.ofMinutes(1));
			assertThat(SlotCalculator.judge(a, offGrid, List.of(), s.now()).refusal())
				.isEqualTo(SlotCalculator.Refusal.NOT_A_SLOT);
		}
	}

	@Provide
	Arbitrary<Scenario> scenarios() {
		Arbitrary<ZoneId> zone = Arbitraries.of(ZONES);
		Arbitrary<Integer> slot = Arbitraries.of(5, 10, 15, 20, 25, 30, 45, 50, 60, 90, 120, 240);
		Arbitrary<Integer> buffer = Arbitraries.of(0, 0, 5, 10, 15, 30);
		Arbitrary<Integer> notice = Arbitraries.of(0, 30, 60, 240, 1440);
		Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 800).map(d -> LocalDate.parse("2026-01-01").plusDays(d));
		Arbitrary<Integer> span = Arbitraries.integers().between(0, 9);
		Arbitrary<Map<DayOfWeek, List<LocalHours>>> weekly = hours().list().ofSize(7).map(days -> {
			Map<DayOfWeek, List<LocalHours>> map = new EnumMap<>(DayOfWeek.class);
			for (int i = 0; i < 7; i++) {
				map.put(DayOfWeek.of(i + 1), days.get(i));
			}
			return map;
		});
		Arbitrary<Long> nowOffsetMinutes = Arbitraries.longs().between(-3 * 1440, 10 * 1440);
		Arbitrary<List<long[]>> busy = Arbitraries.longs().between(-1440, 12 * 1440)
			.flatMap(start -> Arbitraries.longs().between(5, 600).map(len -> new long[] { start, len }))
			.list().ofMaxSize(12);
		return Combinators.combine(zone, slot, buffer, notice, from, span, weekly, nowOffsetMinutes)
			.as((z, sl, b, n, f, sp, w, nowOff) -> new Object[] { z, sl, b, n, f, sp, w, nowOff })
			.flatMap(parts -> busy.map(bs -> {
				ZoneId z = (ZoneId) parts[0];
				LocalDate f = (LocalDate) parts[4];
				Instant origin = f.atStartOfDay(z).toInstant();
				Availability a = new Availability(z, Duration.ofMinutes((Integer) parts[1]), Duration.ofMinutes((Integer) parts[2]),
						Duration.ofMinutes((Integer) parts[3]), 400, castWeekly(parts[6]), Map.of());
				List<TimeRange> ranges = new ArrayList<>();
				List<TimeRange> off = new ArrayList<>();
				for (int i = 0; i < bs.size(); i++) {
					Instant start = origin.plus(Duration.ofMinutes(bs.get(i)[0]));
					(i % 3 == 2 ? off : ranges).add(new TimeRange(start, start.plus(Duration.ofMinutes(bs.get(i)[1]))));
				}
				return new Scenario(a, f, f.plusDays((Integer) parts[5]), ranges, off,
						origin.plus(Duration.ofMinutes((Long) parts[7])));
			}));
	}

	@SuppressWarnings("unchecked")
	private static Map<DayOfWeek, List<LocalHours>> castWeekly(Object o) {
		return (Map<DayOfWeek, List<LocalHours>>) o;
	}

	/** Zero to three non-overlapping intervals in a day, on a 5-minute grid. */
	private static Arbitrary<List<LocalHours>> hours() {
		return Arbitraries.integers().between(0, 287).list().ofMaxSize(6).map(points -> {
			List<Integer> sorted = points.stream().distinct().sorted().toList();
			List<LocalHours> out = new ArrayList<>();
			for (int i = 0; i + 1 < sorted.size(); i += 2) {
				out.add(new LocalHours(LocalTime.ofSecondOfDay(sorted.get(i) * 300L),
						LocalTime.ofSecondOfDay(sorted.get(i + 1) * 300L)));
			}
			return out;
		});
	}
}
