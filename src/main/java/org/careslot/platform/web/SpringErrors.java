package org.careslot.platform.web;

import java.util.Optional;

import org.careslot.platform.Text;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The texts of Spring MVC's own failures (404, 405, 415 ...), as keys of the problem messages. */
final class SpringErrors {

	private SpringErrors() {
	}

	static Optional<Text> title(int status) {
		return Optional.ofNullable(switch (status) {
			case 400 -> Text.of("title.http.400");
			case 404 -> Text.of("title.http.404");
			case 405 -> Text.of("title.http.405");
			case 406 -> Text.of("title.http.406");
			case 413 -> Text.of("title.http.413");
			case 415 -> Text.of("title.http.415");
			case 500 -> Text.of("title.http.500");
			case 503 -> Text.of("title.http.503");
			default -> null;
		});
	}

	static Optional<Text> detail(Exception ex) {
		Text detail;
		if (ex instanceof NoResourceFoundException missing) {
			detail = Text.of("http.noResource", "path", missing.getResourcePath());
		}
		else if (ex instanceof HttpRequestMethodNotSupportedException method) {
			detail = Text.of("http.methodNotSupported", "method", method.getMethod());
		}
		else if (ex instanceof HttpMediaTypeNotSupportedException type) {
			detail = Text.of("http.mediaTypeNotSupported", "type", String.valueOf(type.getContentType()));
		}
		else if (ex instanceof HttpMediaTypeNotAcceptableException acceptable) {
			detail = Text.of("http.notAcceptable", "types", acceptable.getSupportedMediaTypes().toString());
		}
		else if (ex instanceof MissingServletRequestParameterException parameter) {
			detail = Text.of("http.missingParameter", "name", parameter.getParameterName());
		}
		else if (ex instanceof MissingRequestHeaderException header) {
			detail = Text.of("http.missingHeader", "name", header.getHeaderName());
		}
		else if (ex instanceof MaxUploadSizeExceededException) {
			detail = Text.of("http.uploadTooLarge");
		}
		else {
			detail = null;
		}
		return Optional.ofNullable(detail);
	}
}
