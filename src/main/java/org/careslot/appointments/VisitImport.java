package org.careslot.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careslot.identity.Role;
import org.careslot.platform.SqlTime;
import org.careslot.scheduling.ScheduleRules;
import org.careslot.scheduling.SchedulingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits that arrive as history rather than as bookings (the demo clinic; later, imports from
 * another system): written in one batch with their state, past ones included. The exclusion
 * constraints still guard every row. The visits still to come are announced together
 * ({@link VisitsImported}), so reminders and the directory follow as for bookings.
 */
@Service
public class VisitImport {

	private final NamedParameterJdbcTemplate jdbc;
	private final SchedulingService scheduling;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	VisitImport(NamedParameterJdbcTemplate jdbc, SchedulingService scheduling, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.scheduling = scheduling;
		this.events = events;
		this.clock = clock;
	}

	/** @param cancelledBy who cancelled a CANCELLED visit; {@code bookedAt} when it was booked */
	public record ImportedVisit(UUID doctorId, UUID patientId, Instant start, AppointmentStatus status, VisitType visitType,
			String reason, String cancelReason, Role cancelledBy, Instant bookedAt) {
	}

	/** @return the new appointments' ids, in the order given; lengths and buffers follow each doctor's rules */
	@Transactional
	public List<UUID> importVisits(List<ImportedVisit> visits) {
		Map<UUID, ScheduleRules> rules = new HashMap<>();
		List<MapSqlParameterSource> rows = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		List<VisitsImported.Upcoming> upcoming = new ArrayList<>();
		Instant now = clock.instant();
		for (ImportedVisit v : visits) {
			ScheduleRules r = rules.computeIfAbsent(v.doctorId(), d -> scheduling.rules(d).orElseThrow());
			UUID id = UUID.randomUUID();
			Instant end = v.start().plus(Duration.ofMinutes(r.slotMinutes()));
			rows.add(new MapSqlParameterSource()
				.addValue("id", id)
				.addValue("doctor", v.doctorId())
				.addValue("patient", v.patientId())
				.addValue("start", SqlTime.utc(v.start()))
				.addValue("end", SqlTime.utc(end))
				.addValue("blocked", SqlTime.utc(end.plus(Duration.ofMinutes(r.bufferMinutes()))))
				.addValue("status", v.status().name())
				.addValue("visit", v.visitType().name())
				.addValue("reason", v.reason() == null ? "" : v.reason())
				.addValue("cancelReason", v.cancelReason())
				.addValue("cancelledByRole", v.cancelledBy() == null ? null : v.cancelledBy().name())
				.addValue("cancelledAt", v.status() == AppointmentStatus.CANCELLED ? SqlTime.utc(v.bookedAt().plus(Duration.ofDays(1))) : null)
				.addValue("created", SqlTime.utc(v.bookedAt())));
			ids.add(id);
			if (v.start().isAfter(now) && v.status().live()) {
				upcoming.add(new VisitsImported.Upcoming(id, v.doctorId(), v.patientId(), v.start()));
			}
		}
		jdbc.batchUpdate("""
				INSERT INTO appointments (id, doctor_id, patient_id, starts_at, ends_at, blocked_until, status, payment_status,
				  visit_type, reason, cancel_reason, cancelled_by_role, cancelled_at, created_at, updated_at, version)
				VALUES (:id, :doctor, :patient, :start, :end, :blocked, :status, 'UNPAID', :visit, :reason, :cancelReason,
				  :cancelledByRole, :cancelledAt, :created, :created, 0)
				""", rows.toArray(MapSqlParameterSource[]::new));
		events.publishEvent(new VisitsImported(upcoming));
		return ids;
	}

	/** Payment states that came with imported visits, in one batch; nothing is announced (it is history). */
	@Transactional
	public void importPaymentStatuses(Map<UUID, PaymentStatus> statuses) {
		jdbc.batchUpdate("UPDATE appointments SET payment_status = :status WHERE id = :id", statuses.entrySet().stream()
			.map(e -> new MapSqlParameterSource().addValue("id", e.getKey()).addValue("status", e.getValue().name()))
			.toArray(MapSqlParameterSource[]::new));
	}
}
