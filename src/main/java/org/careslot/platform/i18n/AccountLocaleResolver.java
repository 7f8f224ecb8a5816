package org.careslot.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careslot.platform.AccountLanguage;
import org.careslot.platform.Languages;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a response: the signed-in account's, else the best match of Accept-Language
 * among {@link Languages#SUPPORTED}, else English. Spring MVC asks only when something is rendered
 * in the caller's language (an error message, a validation message), so the account's language
 * is read from the database only then, and once per request.
 */
final class AccountLocaleResolver implements LocaleResolver {

	static final String RESOLVED = AccountLocaleResolver.class.getName() + ".locale";

	private final List<AccountLanguage> accounts;

	AccountLocaleResolver(List<AccountLanguage> accounts) {
		this.accounts = List.copyOf(accounts);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
			return resolved;
		}
		String language = accountLanguage().orElseGet(() -> Languages.fromAcceptLanguage(request.getHeader("Accept-Language")));
		Locale locale = Languages.locale(language);
		request.setAttribute(RESOLVED, locale);
		return locale;
	}

	private Optional<String> accountLanguage() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return accounts.stream().map(a -> a.languageOf(signedIn)).flatMap(Optional::stream).filter(Languages::supported)
			.findFirst();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is the account's (PATCH /api/me) or the browser's");
	}
}
