package org.careslot.platform;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Phone numbers are kept in E.164 so SMS providers accept them as they are. */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The number in E.164, or empty when it is not a valid international number. */
	public static Optional<String> toE164(String input) {
		if (input == null || !input.trim().startsWith("+")) {
			return Optional.empty();
		}
		try {
			var number = UTIL.parse(input.trim(), null);
			return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164)) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}
}
