package org.careslot.doctors;

import java.util.List;

/**
 * A page of the directory. The facets count the doctors matching the other filters: specialties
 * under the search and language, languages (ISO 639-1) under the search and specialty.
 */
public record DoctorPage(List<DoctorSummary> items, long total, int page, int size, Facets facets) {

	public record Facet(String value, long count) {
	}

	public record Facets(List<Facet> specialties, List<Facet> languages) {
	}
}
