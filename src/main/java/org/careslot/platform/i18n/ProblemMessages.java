package org.careslot.platform.i18n;

import java.util.Locale;

import org.careslot.platform.Text;

/** The problem texts ({@code i18n/problems*.properties}), one instance for the whole JVM. */
public final class ProblemMessages {

	public static final String BASENAME = "i18n/problems";

	private static final IcuMessageSource SOURCE = new IcuMessageSource(BASENAME);

	private ProblemMessages() {
	}

	public static IcuMessageSource source() {
		return SOURCE;
	}

	/** The English text, for logs. */
	public static String english(Text text) {
		return SOURCE.render(text, Locale.ENGLISH);
	}
}
