package org.careslot.doctors;

/** Where a doctor sees patients; the phone is in E.164. Any part may be missing. */
public record Practice(String name, String address, String city, String phone) {

	/** One line for a calendar's LOCATION or a text message: "Praxis Mitte, Torstraße 1, Berlin". */
	public String oneLine() {
		return java.util.stream.Stream.of(name, address, city)
			.filter(s -> s != null && !s.isBlank())
			.collect(java.util.stream.Collectors.joining(", "));
	}

	static Practice of(String name, String address, String city, String phone) {
		return name == null && address == null && city == null && phone == null ? null
				: new Practice(name, address, city, phone);
	}
}
