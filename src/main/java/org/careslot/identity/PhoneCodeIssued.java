package org.careslot.identity;

import java.util.UUID;

/** A one-time code to prove a phone number; the notifications module texts it to that number. */
public record PhoneCodeIssued(UUID userId, String phone, String code, String language) {
}
