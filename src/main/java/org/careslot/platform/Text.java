package org.careslot.platform;

import java.util.Map;
import java.util.Objects;

/**
 * A message the client reads, as a key of {@code i18n/problems*.properties} and its named
 * arguments; rendered in the caller's language only when the response is written.
 */
public record Text(String code, Map<String, Object> args) {

	public Text {
		Objects.requireNonNull(code, "code");
		args = Map.copyOf(args);
	}

	public static Text of(String code) {
		return new Text(code, Map.of());
	}

	public static Text of(String code, String name, Object value) {
		return new Text(code, Map.of(name, value));
	}

	public static Text of(String code, String name1, Object value1, String name2, Object value2) {
		return new Text(code, Map.of(name1, value1, name2, value2));
	}

	public static Text of(String code, String name1, Object value1, String name2, Object value2, String name3,
			Object value3) {
		return new Text(code, Map.of(name1, value1, name2, value2, name3, value3));
	}
}
