package org.careslot.doctors;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.careslot.doctors.DoctorService.DirectoryQuery;
import org.springframework.stereotype.Component;

/**
 * The public directory: a page of doctors in the order asked for, each with its soonest free slot.
 * Sorting by the soonest slot first brings every matching doctor's slot up to date, so the order
 * holds across pages; otherwise only the doctors on the page are brought up to date.
 */
@Component
class DoctorDirectory {

	private final DoctorService doctors;
	private final Optional<NextFreeSlots> nextFreeSlots;

	DoctorDirectory(DoctorService doctors, Optional<NextFreeSlots> nextFreeSlots) {
		this.doctors = doctors;
		this.nextFreeSlots = nextFreeSlots;
	}

	DoctorPage search(DirectoryQuery query) {
		if (query.sort() == DirectorySort.SOONEST) {
			nextFreeSlots.ifPresent(n -> n.refresh(doctors.staleNextFree(query)));
		}
		DoctorService.DirectoryResult result = doctors.search(query);
		DoctorPage page = result.page();
		if (result.staleNextFree().isEmpty() || nextFreeSlots.isEmpty()) {
			return page;
		}
		Map<java.util.UUID, Instant> fresh = nextFreeSlots.get().refresh(result.staleNextFree());
		return new DoctorPage(page.items().stream()
			.map(d -> fresh.containsKey(d.id()) ? d.withNextFreeSlot(fresh.get(d.id())) : d)
			.toList(), page.total(), page.page(), page.size(), page.facets());
	}
}
