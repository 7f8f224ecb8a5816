package org.careslot.doctors;

import java.util.List;

public record DoctorPage(List<DoctorSummary> items, long total, int page, int size) {
}
