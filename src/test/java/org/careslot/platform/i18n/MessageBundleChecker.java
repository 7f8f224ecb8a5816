package org.careslot.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.careslot.platform.Languages;

/**
 * Finds what would let a client read a missing or broken text: keys missing from a language or
 * left over in it, messages that do not parse as ICU MessageFormat, plural messages without
 * exactly the CLDR categories of their language, codes used in the code but absent in English,
 * and English keys nothing uses.
 */
final class MessageBundleChecker {

	private static final Pattern CODE = Pattern.compile("Text\\.of\\(\\s*\"([^\"]+)\"");

	private MessageBundleChecker() {
	}

	/** @param bundles language → key → pattern, English under {@link Languages#DEFAULT} */
	static List<String> check(Map<String, Map<String, String>> bundles, Set<String> usedCodes) {
		List<String> problems = new ArrayList<>(keyParity(bundles));
		Map<String, String> english = bundles.getOrDefault(Languages.DEFAULT, Map.of());
		bundles.forEach((language, messages) -> messages.forEach((key, pattern) -> problems
			.addAll(patternProblems(language, key, pattern))));
		new TreeSet<>(usedCodes).stream().filter(code -> !english.containsKey(code))
			.forEach(code -> problems.add("en: " + code + " is used in the code but missing"));
		new TreeSet<>(english.keySet()).stream().filter(key -> !usedCodes.contains(key))
			.forEach(key -> problems.add("en: " + key + " is not used in the code"));
		return problems;
	}

	/** Every language has exactly the English keys. */
	static List<String> keyParity(Map<String, Map<String, String>> bundles) {
		List<String> problems = new ArrayList<>();
		Set<String> english = bundles.getOrDefault(Languages.DEFAULT, Map.of()).keySet();
		for (String language : Languages.SUPPORTED) {
			Set<String> keys = bundles.getOrDefault(language, Map.of()).keySet();
			new TreeSet<>(english).stream().filter(k -> !keys.contains(k))
				.forEach(k -> problems.add(language + ": " + k + " is missing"));
			new TreeSet<>(keys).stream().filter(k -> !english.contains(k))
				.forEach(k -> problems.add(language + ": " + k + " is not in the English file"));
		}
		return problems;
	}

	static List<String> patternProblems(String language, String key, String pattern) {
		ULocale locale = ULocale.forLanguageTag(language);
		try {
			new MessageFormat(pattern, locale);
		}
		catch (IllegalArgumentException ex) {
			return List.of(language + ": " + key + " does not parse: " + ex.getMessage());
		}
		List<String> problems = new ArrayList<>();
		Set<String> categories = new TreeSet<>(PluralRules.forLocale(locale).getKeywords());
		MessagePattern parsed = new MessagePattern(pattern);
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.PLURAL) {
				continue;
			}
			String argument = parsed.getSubstring(parsed.getPart(i + 1));
			Set<String> selectors = new TreeSet<>();
			int limit = parsed.getLimitPartIndex(i);
			for (int j = i + 1; j < limit; j++) {
				MessagePattern.Part inner = parsed.getPart(j);
				if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
					String selector = parsed.getSubstring(inner);
					if (!selector.startsWith("=")) {
						selectors.add(selector);
					}
				}
				else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
					j = parsed.getLimitPartIndex(j); // nested plurals are checked on their own
				}
			}
			if (!selectors.equals(categories)) {
				problems.add(language + ": " + key + " plural {" + argument + "} has " + selectors + ", needs " + categories);
			}
		}
		return problems;
	}

	/** The message codes the sources name ({@code Text.of("…")}). */
	static Set<String> codesUsedIn(Path sources) {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = CODE.matcher(Files.readString(file));
				while (m.find()) {
					codes.add(m.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return codes;
	}
}
