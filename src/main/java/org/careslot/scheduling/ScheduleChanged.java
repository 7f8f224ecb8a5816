package org.careslot.scheduling;

import java.util.UUID;

/** A doctor's rules, weekly hours, a date override or time off changed: their free time may differ. */
public record ScheduleChanged(UUID doctorId) {
}
