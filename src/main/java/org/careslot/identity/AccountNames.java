package org.careslot.identity;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.SpoofChecker;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;

/**
 * What a new account may be called. An e-mail address that only looks like another one (a
 * Cyrillic "а", full-width letters, a zero-width space, a soft hyphen, a dotless "ı") would be a
 * second account that staff mistake for the first; a patient named "Dr. …" could pass as staff.
 */
final class AccountNames {

	private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

	private static final Pattern DOMAIN = Pattern.compile("(?:[^.\\s]+\\.)+[\\p{L}]{2,}");

	private static final Pattern TITLE = Pattern.compile("(?iu)^\\W*(dr|doctor|doktor|docteur|prof|professor)\\b.*");

	private AccountNames() {
	}

	/** The address as stored (lower case), or 400 naming {@code field}. */
	static String email(String raw, String field) {
		String email = raw == null ? "" : raw.strip();
		if (email.codePoints().anyMatch(AccountNames::invisible)) {
			throw ApiException.invalid(field, Text.of("email.invisibleCharacters"));
		}
		if (!Normalizer.normalize(email, Normalizer.Form.NFKC).equals(email)) {
			throw ApiException.invalid(field, Text.of("email.lookAlike"));
		}
		int at = email.indexOf('@');
		if (at <= 0 || at != email.lastIndexOf('@') || !DOMAIN.matcher(email.substring(at + 1)).matches()) {
			throw ApiException.invalid(field, Text.of("email.invalid"));
		}
		for (String part : email.split("[@.]")) {
			if (scripts(part).size() > 1) {
				throw ApiException.invalid(field, Text.of("email.mixedScripts"));
			}
		}
		if (email.codePoints().anyMatch(c -> c > 127 && looksAscii(c))) {
			throw ApiException.invalid(field, Text.of("email.confusableLetters"));
		}
		return email.toLowerCase(Locale.ROOT);
	}

	/** A title that says "doctor" is for doctors only. */
	static void requireNoTitle(String fullName, Role role, String field) {
		if (role != Role.DOCTOR && fullName != null && TITLE.matcher(fullName.strip()).matches()) {
			throw ApiException.invalid(field, Text.of("name.titleForDoctorsOnly"));
		}
	}

	private static boolean invisible(int c) {
		int type = Character.getType(c);
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT || type == Character.CONTROL
				|| type == Character.UNASSIGNED || type == Character.PRIVATE_USE || c == 0x2800 || c == 0x3164 || c == 0x115F;
	}

	private static Set<Character.UnicodeScript> scripts(String part) {
		Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
		part.codePoints().mapToObj(Character.UnicodeScript::of)
			.filter(s -> s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED)
			.forEach(scripts::add);
		return scripts;
	}

	/** A character outside ASCII whose Unicode skeleton is plain ASCII: made to look like one. */
	private static boolean looksAscii(int c) {
		String skeleton = CONFUSABLES.getSkeleton(new String(Character.toChars(c)));
		return !skeleton.isEmpty() && skeleton.chars().allMatch(ch -> ch < 128);
	}
}
