package org.careslot.platform;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The languages CareSlot writes texts and reports in; the first is the fallback. */
public final class Languages {

	public static final List<String> SUPPORTED = List.of("en", "de", "fr", "es", "ar");

	public static final String DEFAULT = SUPPORTED.get(0);

	private Languages() {
	}

	public static boolean supported(String tag) {
		return tag != null && SUPPORTED.contains(tag);
	}

	/** The best supported match for an Accept-Language header; the default when none fits or it is malformed. */
	public static String fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return DEFAULT;
		}
		try {
			String match = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
			return match == null ? DEFAULT : match;
		}
		catch (IllegalArgumentException malformed) {
			return DEFAULT;
		}
	}

	/**
	 * Texts from {@code <basename>.properties} (English) and {@code <basename>_<language>.properties},
	 * UTF-8; a language without its own file falls back to English, never to the server's locale.
	 */
	public static MessageSource messages(String basename) {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename(basename);
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		return bundle;
	}

	public static Locale locale(String tag) {
		return Locale.forLanguageTag(supported(tag) ? tag : DEFAULT);
	}
}
