package org.careslot.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.careslot.platform.Languages;
import org.careslot.platform.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * A {@link MessageSource} over ICU MessageFormat bundles: {@code <basename>.properties} (English)
 * and {@code <basename>_<language>.properties} for the other {@link Languages#SUPPORTED}, read as
 * UTF-8. A key missing in a language falls back to English, never to the JVM's locale.
 * <p>
 * Messages take named arguments ({@code {minutes, plural, one {# minute} other {# minutes}}}):
 * pass them as a single {@link Map} in {@code args}, or render a {@link Text}. Plain positional
 * arguments work too ({@code {0}}), for Spring's own callers.
 */
public final class IcuMessageSource implements MessageSource {

	private final String basename;
	private final Map<String, Map<String, String>> bundles = new LinkedHashMap<>();

	public IcuMessageSource(String basename) {
		this.basename = basename;
		for (String language : Languages.SUPPORTED) {
			bundles.put(language, load(resource(basename, language)));
		}
	}

	/** The classpath resource of one language's bundle. */
	public static String resource(String basename, String language) {
		return basename + (Languages.DEFAULT.equals(language) ? "" : "_" + language) + ".properties";
	}

	/** One language's messages as written (no fallback). */
	public Map<String, String> bundle(String language) {
		return Map.copyOf(bundles.getOrDefault(language, Map.of()));
	}

	public String basename() {
		return basename;
	}

	/** The text in the locale's language, else in English; the code itself when no bundle has it. */
	public String render(Text text, Locale locale) {
		String message = getMessage(text.code(), new Object[] { text.args() }, null, locale);
		return message == null ? text.code() : message;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		String language = language(locale);
		String pattern = code == null ? null : bundles.get(language).get(code);
		if (pattern == null && code != null) {
			language = Languages.DEFAULT;
			pattern = bundles.get(language).get(code);
		}
		if (pattern == null) {
			return defaultMessage;
		}
		// Latin digits in every language (the glossaries' choice for Arabic too)
		return format(pattern, args, ULocale.forLanguageTag(language + "-u-nu-latn"));
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) {
		String message = getMessage(code, args, null, locale);
		if (message == null) {
			throw new NoSuchMessageException(code, locale);
		}
		return message;
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		String[] codes = resolvable.getCodes();
		for (String code : codes == null ? new String[0] : codes) {
			String message = getMessage(code, resolvable.getArguments(), null, locale);
			if (message != null) {
				return message;
			}
		}
		if (resolvable.getDefaultMessage() != null) {
			return resolvable.getDefaultMessage();
		}
		throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[codes.length - 1], locale);
	}

	static String format(String pattern, Object[] args, ULocale locale) {
		MessageFormat format = new MessageFormat(pattern, locale); // not thread-safe: one per call
		if (args != null && args.length == 1 && args[0] instanceof Map<?, ?> named) {
			Map<String, Object> values = new HashMap<>();
			named.forEach((k, v) -> values.put(String.valueOf(k), v));
			return format.format(values);
		}
		return format.format(args == null ? new Object[0] : args);
	}

	private static String language(Locale locale) {
		String language = locale == null ? Languages.DEFAULT : locale.getLanguage();
		return Languages.supported(language) ? language : Languages.DEFAULT;
	}

	/** The keys and patterns of one properties file, in file order; empty when there is none. */
	public static Map<String, String> load(String resource) {
		Map<String, String> messages = new LinkedHashMap<>();
		InputStream in = IcuMessageSource.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			return messages;
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			Properties properties = new Properties() {
				@Override
				public synchronized Object put(Object key, Object value) {
					messages.put((String) key, (String) value);
					return super.put(key, value);
				}
			};
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
		return messages;
	}
}
