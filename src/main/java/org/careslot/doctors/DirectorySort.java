package org.careslot.doctors;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.careslot.platform.ApiException;
import org.careslot.platform.Text;

/** Orders of the directory, applied by the database across all pages. */
enum DirectorySort {
	RELEVANCE, SOONEST, NAME, FEE;

	/** relevance when searching, name otherwise; 400 naming {@code sort} for anything unknown. */
	static DirectorySort parse(String value, boolean searching) {
		if (value == null || value.isBlank()) {
			return searching ? RELEVANCE : NAME;
		}
		return Arrays.stream(values())
			.filter(s -> s.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> ApiException.invalid("sort", Text.of("field.oneOf", "values", Arrays.stream(values())
				.map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))));
	}
}
