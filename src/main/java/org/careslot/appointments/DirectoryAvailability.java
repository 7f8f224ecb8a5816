package org.careslot.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.careslot.doctors.NextFreeSlots;
import org.springframework.stereotype.Component;

/** The soonest free slot per doctor for the directory: looks two weeks ahead, then up to two months. */
@Component
class DirectoryAvailability implements NextFreeSlots {

	private final AppointmentService appointments;
	private final Clock clock;

	DirectoryAvailability(AppointmentService appointments, Clock clock) {
		this.appointments = appointments;
		this.clock = clock;
	}

	@Override
	public Map<UUID, Instant> nextFreeSlots(Collection<UUID> doctorIds) {
		Map<UUID, Instant> next = new HashMap<>();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
		for (UUID id : doctorIds) {
			for (int week = 0; week < 8 && !next.containsKey(id); week += 2) {
				LocalDate from = today.plusWeeks(week);
				appointments.freeSlots(id, from, from.plusDays(14)).stream().findFirst()
					.ifPresent(slot -> next.put(id, slot.start()));
			}
		}
		return next;
	}
}
