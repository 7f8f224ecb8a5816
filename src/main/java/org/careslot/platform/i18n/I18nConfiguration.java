package org.careslot.platform.i18n;

import java.util.List;

import org.careslot.platform.AccountLanguage;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The application's messages (problem texts) and how a request's language is chosen. */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

	/** Named so: the context, Spring MVC's error handling and Bean Validation's interpolator use it. */
	@Bean
	MessageSource messageSource() {
		return ProblemMessages.source();
	}

	/** Named so: the DispatcherServlet looks it up by this name. */
	@Bean
	LocaleResolver localeResolver(List<AccountLanguage> accounts) {
		return new AccountLocaleResolver(accounts);
	}
}
