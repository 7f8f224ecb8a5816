package org.careslot.doctors;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.careslot.scheduling.LocalHours;
import org.careslot.scheduling.ScheduleRules;

/** HTTP shapes of the doctors' API and their conversion into domain values, naming the field at fault. */
final class ScheduleRequests {

	private ScheduleRequests() {
	}

	record HoursRequest(@NotNull LocalTime start, @NotNull LocalTime end) {
	}

	record WeeklyHoursRequest(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
	}

	record ScheduleRequest(@NotBlank @Size(max = 64) String timeZone, @Min(5) @Max(240) int slotMinutes,
			@Min(0) @Max(240) Integer bufferMinutes, @Min(0) @Max(43_200) Integer minNoticeMinutes,
			@Min(1) @Max(730) Integer horizonDays, @NotNull @Size(max = 70) List<@Valid @NotNull WeeklyHoursRequest> weekly) {

		ScheduleRules toRules() {
			Map<DayOfWeek, List<LocalHours>> byDay = new EnumMap<>(DayOfWeek.class);
			for (int i = 0; i < weekly.size(); i++) {
				WeeklyHoursRequest h = weekly.get(i);
				byDay.computeIfAbsent(h.day(), d -> new ArrayList<>()).add(hours(h.start(), h.end(), "weekly[" + i + "].end"));
			}
			return new ScheduleRules(zone(timeZone), slotMinutes, bufferMinutes == null ? 0 : bufferMinutes,
					minNoticeMinutes == null ? 60 : minNoticeMinutes, horizonDays == null ? 60 : horizonDays, byDay);
		}
	}

	record OverrideRequest(@NotNull @Size(max = 12) List<@Valid @NotNull HoursRequest> hours) {

		List<LocalHours> toHours() {
			List<LocalHours> out = new ArrayList<>();
			for (int i = 0; i < hours.size(); i++) {
				out.add(ScheduleRequests.hours(hours.get(i).start(), hours.get(i).end(), "hours[" + i + "].end"));
			}
			return out;
		}
	}

	static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			throw ApiException.invalid("timeZone", Text.of("field.unknownTimeZone"));
		}
	}

	private static LocalHours hours(LocalTime start, LocalTime end, String field) {
		if (!end.isAfter(start)) {
			throw ApiException.invalid(field, Text.of("range.endAfterStart"));
		}
		return new LocalHours(start, end);
	}
}
