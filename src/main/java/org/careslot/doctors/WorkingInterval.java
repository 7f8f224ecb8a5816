package org.careslot.doctors;

import java.time.DayOfWeek;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** {@code {"day":"MONDAY","start":"09:00","end":"12:00"}} in the doctor's own time zone. */
public record WorkingInterval(DayOfWeek day, @JsonFormat(pattern = "HH:mm") LocalTime start,
		@JsonFormat(pattern = "HH:mm") LocalTime end) {
}
