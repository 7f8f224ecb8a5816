package org.careslot.scheduling;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Doctors' availability: booking rules, weekly hours, date overrides and time off, and the
 * free slots they leave. The maths is {@link SlotCalculator}; this class only loads and stores.
 */
@Service
public class SchedulingService {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SchedulingService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Replaces the rules and weekly hours (validated: one day's intervals may not overlap). */
	@Transactional
	public void replaceSchedule(UUID doctorId, ScheduleRules rules) {
		rules.weekly().forEach((day, hours) -> requireNoOverlap(hours, "weekly"));
		jdbc.sql("""
				INSERT INTO doctor_schedules (doctor_id, time_zone, slot_minutes, buffer_minutes, min_notice_minutes, horizon_days, updated_at)
				VALUES (:doctor, :zone, :slot, :buffer, :notice, :horizon, :now)
				ON CONFLICT (doctor_id) DO UPDATE SET time_zone = excluded.time_zone, slot_minutes = excluded.slot_minutes,
				  buffer_minutes = excluded.buffer_minutes, min_notice_minutes = excluded.min_notice_minutes,
				  horizon_days = excluded.horizon_days, updated_at = excluded.updated_at, version = doctor_schedules.version + 1
				""")
			.param("doctor", doctorId)
			.param("zone", rules.zone().getId())
			.param("slot", rules.slotMinutes())
			.param("buffer", rules.bufferMinutes())
			.param("notice", rules.minNoticeMinutes())
			.param("horizon", rules.horizonDays())
			.param("now", utc(clock.instant()))
			.update();
		jdbc.sql("DELETE FROM doctor_weekly_hours WHERE doctor_id = :doctor").param("doctor", doctorId).update();
		rules.weekly().forEach((day, hours) -> hours.forEach(h -> jdbc.sql("""
				INSERT INTO doctor_weekly_hours (id, doctor_id, day_of_week, start_time, end_time)
				VALUES (:id, :doctor, :day, :start, :end)
				""")
			.param("id", UUID.randomUUID())
			.param("doctor", doctorId)
			.param("day", day.getValue())
			.param("start", Time.valueOf(h.start()))
			.param("end", Time.valueOf(h.end()))
			.update()));
		events.publishEvent(new ScheduleChanged(doctorId));
	}

	/** The doctor's rules, or empty when they never set any. */
	@Transactional(readOnly = true)
	public Optional<ScheduleRules> rules(UUID doctorId) {
		Optional<ScheduleRules> base = jdbc.sql("""
				SELECT time_zone, slot_minutes, buffer_minutes, min_notice_minutes, horizon_days
				FROM doctor_schedules WHERE doctor_id = :doctor
				""")
			.param("doctor", doctorId)
			.query((rs, n) -> new ScheduleRules(ZoneId.of(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), Map.of()))
			.optional();
		return base.map(r -> new ScheduleRules(r.zone(), r.slotMinutes(), r.bufferMinutes(), r.minNoticeMinutes(),
				r.horizonDays(), weekly(doctorId)));
	}

	/** Sets other hours on a date; an empty list closes it. */
	@Transactional
	public void setOverride(UUID doctorId, DateOverride override) {
		requireSchedule(doctorId);
		requireNoOverlap(override.hours(), "hours");
		removeOverride(doctorId, override.date());
		if (override.hours().isEmpty()) {
			insertOverride(doctorId, override.date(), null, null);
		}
		override.hours().forEach(h -> insertOverride(doctorId, override.date(), h.start(), h.end()));
		events.publishEvent(new ScheduleChanged(doctorId));
	}

	@Transactional
	public boolean removeOverride(UUID doctorId, LocalDate date) {
		boolean removed = jdbc.sql("DELETE FROM doctor_date_overrides WHERE doctor_id = :doctor AND on_date = :date")
			.param("doctor", doctorId)
			.param("date", date)
			.update() > 0;
		if (removed) {
			events.publishEvent(new ScheduleChanged(doctorId));
		}
		return removed;
	}

	@Transactional(readOnly = true)
	public List<DateOverride> overrides(UUID doctorId, LocalDate from, LocalDate to) {
		Map<LocalDate, List<LocalHours>> byDate = new TreeMap<>();
		jdbc.sql("""
				SELECT on_date, start_time, end_time FROM doctor_date_overrides
				WHERE doctor_id = :doctor AND on_date BETWEEN :from AND :to ORDER BY on_date, start_time
				""")
			.param("doctor", doctorId)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				List<LocalHours> hours = byDate.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new ArrayList<>());
				if (rs.getTime(2) != null) {
					hours.add(new LocalHours(rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class)));
				}
			});
		return byDate.entrySet().stream().map(e -> new DateOverride(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	@Transactional
	public TimeOff addTimeOff(UUID doctorId, Instant start, Instant end, String reason) {
		requireSchedule(doctorId);
		if (!end.isAfter(start)) {
			throw ApiException.invalid("end", Text.of("range.endAfterStart"));
		}
		if (Duration.between(start, end).toDays() > 366) {
			throw ApiException.invalid("end", Text.of("timeOff.maxYear"));
		}
		TimeOff off = new TimeOff(UUID.randomUUID(), start, end, reason == null ? "" : reason);
		jdbc.sql("INSERT INTO doctor_time_off (id, doctor_id, starts_at, ends_at, reason) VALUES (:id, :doctor, :start, :end, :reason)")
			.param("id", off.id())
			.param("doctor", doctorId)
			.param("start", utc(start))
			.param("end", utc(end))
			.param("reason", off.reason())
			.update();
		events.publishEvent(new ScheduleChanged(doctorId));
		return off;
	}

	@Transactional
	public boolean removeTimeOff(UUID doctorId, UUID timeOffId) {
		boolean removed = jdbc.sql("DELETE FROM doctor_time_off WHERE doctor_id = :doctor AND id = :id")
			.param("doctor", doctorId)
			.param("id", timeOffId)
			.update() > 0;
		if (removed) {
			events.publishEvent(new ScheduleChanged(doctorId));
		}
		return removed;
	}

	@Transactional(readOnly = true)
	public List<TimeOff> timeOff(UUID doctorId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT id, starts_at, ends_at, reason FROM doctor_time_off
				WHERE doctor_id = :doctor AND tstzrange(starts_at, ends_at, '[)') && tstzrange(:from, :to, '[)')
				ORDER BY starts_at
				""")
			.param("doctor", doctorId)
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, n) -> new TimeOff(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
			.list();
	}

	/**
	 * Rules, weekly hours and the overrides between two dates, ready for {@link SlotCalculator}.
	 * One round trip: this sits on the booking and slot-search hot paths.
	 */
	@Transactional(readOnly = true)
	public Optional<Availability> availability(UUID doctorId, LocalDate from, LocalDate to) {
		// time off is read two days either side of the dates, in UTC, which covers every zone
		return jdbc.sql("""
				SELECT s.time_zone, s.slot_minutes, s.buffer_minutes, s.min_notice_minutes, s.horizon_days,
				       ARRAY(SELECT w.day_of_week || ' ' || w.start_time || ' ' || w.end_time
				             FROM doctor_weekly_hours w WHERE w.doctor_id = s.doctor_id) AS weekly,
				       ARRAY(SELECT o.on_date || ' ' || coalesce(o.start_time::text, '-') || ' ' || coalesce(o.end_time::text, '-')
				             FROM doctor_date_overrides o WHERE o.doctor_id = s.doctor_id AND o.on_date BETWEEN :from AND :to) AS overrides,
				       ARRAY(SELECT (extract(epoch FROM t.starts_at) * 1000000)::bigint || ' ' || (extract(epoch FROM t.ends_at) * 1000000)::bigint
				             FROM doctor_time_off t WHERE t.doctor_id = s.doctor_id
				              AND tstzrange(t.starts_at, t.ends_at, '[)') && tstzrange(:offFrom, :offTo, '[)')
				             ORDER BY t.starts_at) AS time_off
				FROM doctor_schedules s WHERE s.doctor_id = :doctor
				""")
			.param("doctor", doctorId)
			.param("from", from)
			.param("to", to)
			.param("offFrom", from.minusDays(2).atStartOfDay().atOffset(ZoneOffset.UTC))
			.param("offTo", to.plusDays(3).atStartOfDay().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> {
				Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
				for (String row : (String[]) rs.getArray("weekly").getArray()) {
					String[] p = row.split(" ");
					weekly.computeIfAbsent(DayOfWeek.of(Integer.parseInt(p[0])), d -> new ArrayList<>())
						.add(new LocalHours(LocalTime.parse(p[1]), LocalTime.parse(p[2])));
				}
				Map<LocalDate, List<LocalHours>> overrides = new LinkedHashMap<>();
				for (String row : (String[]) rs.getArray("overrides").getArray()) {
					String[] p = row.split(" ");
					List<LocalHours> hours = overrides.computeIfAbsent(LocalDate.parse(p[0]), d -> new ArrayList<>());
					if (!"-".equals(p[1])) {
						hours.add(new LocalHours(LocalTime.parse(p[1]), LocalTime.parse(p[2])));
					}
				}
				List<TimeRange> timeOff = new ArrayList<>();
				for (String row : (String[]) rs.getArray("time_off").getArray()) {
					String[] p = row.split(" ");
					timeOff.add(new TimeRange(Instant.EPOCH.plus(Long.parseLong(p[0]), ChronoUnit.MICROS),
							Instant.EPOCH.plus(Long.parseLong(p[1]), ChronoUnit.MICROS)));
				}
				return new Availability(ZoneId.of(rs.getString("time_zone")), Duration.ofMinutes(rs.getInt("slot_minutes")),
						Duration.ofMinutes(rs.getInt("buffer_minutes")), Duration.ofMinutes(rs.getInt("min_notice_minutes")),
						rs.getInt("horizon_days"), weekly, overrides, timeOff);
			})
			.optional();
	}

	private Map<DayOfWeek, List<LocalHours>> weekly(UUID doctorId) {
		Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
		jdbc.sql("SELECT day_of_week, start_time, end_time FROM doctor_weekly_hours WHERE doctor_id = :doctor ORDER BY day_of_week, start_time")
			.param("doctor", doctorId)
			.query(rs -> {
				weekly.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>())
					.add(new LocalHours(rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class)));
			});
		return weekly;
	}

	private void insertOverride(UUID doctorId, LocalDate date, LocalTime start, LocalTime end) {
		jdbc.sql("INSERT INTO doctor_date_overrides (id, doctor_id, on_date, start_time, end_time) VALUES (:id, :doctor, :date, :start, :end)")
			.param("id", UUID.randomUUID())
			.param("doctor", doctorId)
			.param("date", date)
			.param("start", start == null ? null : Time.valueOf(start))
			.param("end", end == null ? null : Time.valueOf(end))
			.update();
	}

	private void requireSchedule(UUID doctorId) {
		if (rules(doctorId).isEmpty()) {
			throw ApiException.unprocessable(Text.of("schedule.weeklyFirst"));
		}
	}

	private static void requireNoOverlap(List<LocalHours> hours, String field) {
		List<LocalHours> sorted = hours.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i - 1).overlaps(sorted.get(i))) {
				throw ApiException.invalid(field, Text.of("schedule.overlap", "first",
						sorted.get(i - 1).start() + "–" + sorted.get(i - 1).end(), "second",
						sorted.get(i).start() + "–" + sorted.get(i).end()));
			}
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
