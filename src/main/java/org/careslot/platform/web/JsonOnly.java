package org.careslot.platform.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON only. XML and YAML converters arrive through dependencies (Jackson's data
 * formats); left in, they accept request bodies without the strict unknown-field rule and answer
 * browsers in application/xhtml+xml. Without them such bodies get a 415.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf(JsonOnly::speaksXmlOrYaml);
	}

	static boolean speaksXmlOrYaml(HttpMessageConverter<?> converter) {
		return converter.getSupportedMediaTypes().stream().map(MediaType::getSubtype)
			.anyMatch(subtype -> subtype.contains("xml") || subtype.contains("yaml"));
	}
}
