package org.careslot.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.careslot.platform.Languages;
import org.junit.jupiter.api.Test;

/**
 * The gate of the server's texts: every problem message exists in every language, parses as
 * ICU MessageFormat, has the plural categories its language needs, and is used by the code;
 * the project's own Bean Validation messages exist in every language too.
 */
class I18nGateTests {

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void everyProblemTextIsInEveryLanguageParsesAndIsUsed() {
		assertThat(MessageBundleChecker.check(bundles(ProblemMessages.BASENAME), MessageBundleChecker.codesUsedIn(SOURCES)))
			.isEmpty();
	}

	@Test
	void everyValidationMessageIsInEveryLanguage() {
		Map<String, Map<String, String>> validation = bundles("ValidationMessages");
		assertThat(validation.get(Languages.DEFAULT)).isNotEmpty();
		assertThat(MessageBundleChecker.keyParity(validation)).isEmpty();
	}

	@Test
	void theCheckerReportsAMissingTranslationAndAMissingArabicPluralForm() {
		Map<String, Map<String, String>> broken = copy(bundles(ProblemMessages.BASENAME));
		broken.get("de").remove("booking.refused.tooSoon");
		broken.get("ar").put("booking.refused.tooFar",
				"{days, plural, zero {# يوم} one {يوم واحد} two {يومين} many {# يومًا} other {# يوم}}");

		assertThat(MessageBundleChecker.check(broken, MessageBundleChecker.codesUsedIn(SOURCES))).containsExactlyInAnyOrder(
				"de: booking.refused.tooSoon is missing",
				"ar: booking.refused.tooFar plural {days} has [many, one, other, two, zero], needs [few, many, one, other, two, zero]");
	}

	@Test
	void theCheckerReportsBrokenPatternsAndUnknownOrUnusedCodes() {
		Map<String, Map<String, String>> broken = copy(bundles(ProblemMessages.BASENAME));
		broken.get("fr").put("booking.refused.past", "{when, plural, one {# jour}");
		broken.get("en").put("nobody.uses.this", "Nobody");
		broken.values().stream().filter(m -> m != broken.get("en")).forEach(m -> m.put("nobody.uses.this", "x"));

		assertThat(MessageBundleChecker.check(broken, union(MessageBundleChecker.codesUsedIn(SOURCES), "only.in.code")))
			.hasSize(3)
			.anyMatch(p -> p.startsWith("fr: booking.refused.past does not parse"))
			.contains("en: only.in.code is used in the code but missing", "en: nobody.uses.this is not used in the code");
	}

	private static Map<String, Map<String, String>> bundles(String basename) {
		Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
		for (String language : Languages.SUPPORTED) {
			bundles.put(language, IcuMessageSource.load(IcuMessageSource.resource(basename, language)));
		}
		return bundles;
	}

	private static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> bundles) {
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		bundles.forEach((language, messages) -> copy.put(language, new HashMap<>(messages)));
		return copy;
	}

	private static Set<String> union(Set<String> codes, String more) {
		Set<String> all = new java.util.TreeSet<>(codes);
		all.add(more);
		return all;
	}
}
