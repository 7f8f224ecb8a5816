package org.careslot.scheduling;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What a doctor (or an admin for them) sets with PUT /api/doctors/{id}/schedule. */
public record ScheduleRules(ZoneId zone, int slotMinutes, int bufferMinutes, int minNoticeMinutes, int horizonDays,
		Map<DayOfWeek, List<LocalHours>> weekly) {

	public ScheduleRules {
		weekly = Map.copyOf(weekly);
	}
}
