package org.careslot.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.careslot.doctors.NextFreeSlots;
import org.careslot.platform.SqlTime;
import org.careslot.scheduling.ScheduleChanged;
import org.careslot.scheduling.SchedulingService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each doctor's soonest free slot, kept in {@code doctor_next_free_slots} so the directory can sort
 * by it across pages and nodes. A stored slot stays true until its booking deadline (start minus
 * the doctor's notice) or the next day boundary, whichever comes first, unless the calendar
 * changes: every booking, cancellation, move and change of hours deletes the doctor's row in the
 * same transaction. Working it out holds the doctor's calendar lock in shared mode, so a booking
 * cannot slip between reading the calendar and storing the answer.
 */
@Component
class DirectoryAvailability implements NextFreeSlots {

	/** However quiet the calendar, nothing stored is trusted for longer than this. */
	static final Duration LONGEST_TRUST = Duration.ofHours(6);

	private final AppointmentViews views;
	private final SchedulingService scheduling;
	private final CalendarLocks locks;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DirectoryAvailability(AppointmentViews views, SchedulingService scheduling, CalendarLocks locks, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.views = views;
		this.scheduling = scheduling;
		this.locks = locks;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public Map<UUID, Instant> refresh(Collection<UUID> doctorIds) {
		Map<UUID, Instant> next = new HashMap<>();
		for (UUID id : doctorIds) {
			next.put(id, transaction.execute(status -> refreshOne(id)));
		}
		return next;
	}

	private Instant refreshOne(UUID doctorId) {
		locks.shareDoctor(doctorId);
		Instant now = clock.instant();
		Instant next = soonest(doctorId, now);
		var rules = scheduling.rules(doctorId);
		Instant validUntil = now.plus(LONGEST_TRUST);
		if (next != null && rules.isPresent()) {
			validUntil = min(validUntil, next.minus(Duration.ofMinutes(rules.get().minNoticeMinutes())));
		}
		if (rules.isPresent()) {
			// a new day enters the booking horizon at midnight in the doctor's zone
			LocalDate today = LocalDate.ofInstant(now, rules.get().zone());
			validUntil = min(validUntil, today.plusDays(1).atStartOfDay(rules.get().zone()).toInstant());
		}
		jdbc.sql("""
				INSERT INTO doctor_next_free_slots (doctor_id, next_free_at, valid_until) VALUES (:doctor, :next, :until)
				ON CONFLICT (doctor_id) DO UPDATE SET next_free_at = excluded.next_free_at, valid_until = excluded.valid_until
				""")
			.param("doctor", doctorId)
			.param("next", SqlTime.utc(next), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("until", SqlTime.utc(validUntil))
			.update();
		return next;
	}

	/** Looks two weeks ahead, then further, up to two months. */
	private Instant soonest(UUID doctorId, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
		for (int week = 0; week < 8; week += 2) {
			LocalDate from = today.plusWeeks(week);
			var slots = views.freeSlots(doctorId, from, from.plusDays(14));
			if (!slots.isEmpty()) {
				return slots.get(0).start();
			}
		}
		return null;
	}

	@EventListener
	void on(AppointmentBooked e) {
		forget(e.doctorId());
	}

	@EventListener
	void on(AppointmentCancelled e) {
		forget(e.doctorId());
	}

	@EventListener
	void on(AppointmentRescheduled e) {
		forget(e.doctorId());
	}

	@EventListener
	void on(ScheduleChanged e) {
		forget(e.doctorId());
	}

	@EventListener
	void on(VisitsImported e) {
		e.upcoming().stream().map(VisitsImported.Upcoming::doctorId).distinct().sorted().forEach(this::forget);
	}

	/**
	 * Runs inside the transaction that changed the calendar, which took the calendar lock before
	 * changing any appointment (taking it here first could deadlock with a booking waiting on that
	 * change); for changes of hours the lock is taken here, ordering it after any refresh under way.
	 */
	private void forget(UUID doctorId) {
		locks.lockDoctor(doctorId);
		jdbc.sql("DELETE FROM doctor_next_free_slots WHERE doctor_id = :doctor").param("doctor", doctorId).update();
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
