package org.careslot.clinic;

/** The clinic as patients know it: its name, the number to call (E.164) and the zone its reports use. */
public record ClinicSettings(String name, String phone, String timeZone) {
}
