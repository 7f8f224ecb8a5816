package org.careslot.identity;

import java.util.UUID;

/**
 * What the identity module tells the rest of CareSlot (and the API) about an account.
 *
 * @param phoneVerified the owner proved the number with a code; only then do texts go to it
 * @param language the language of texts and reports (one of {@code Languages.SUPPORTED})
 * @param timeZone the zone times are written in for this person; null = the doctor's
 * @param twoFactorEnabled  sign-in asks for a one-time code after the password
 * @param twoFactorRequired the role must use two-factor sign-in here (doctors and admins, when the setting is on)
 * @param hasPassword false for accounts made by a social sign-in: a new phone number needs a recent sign-in instead
 */
public record UserView(UUID id, String email, String fullName, Role role, String phone, boolean phoneVerified,
		String language, String timeZone,
		boolean twoFactorEnabled, boolean twoFactorRequired, boolean hasPassword) {
}
