package org.careslot.scheduling;

import java.time.LocalDate;
import java.util.List;

/** Other hours on one date; no hours means closed. */
public record DateOverride(LocalDate date, List<LocalHours> hours) {
}
