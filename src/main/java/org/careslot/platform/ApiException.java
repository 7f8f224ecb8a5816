package org.careslot.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careslot.platform.i18n.ProblemMessages;
import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. The error handler renders it as RFC 9457 problem+json in the
 * caller's language; {@code errors} name the request fields at fault. Every text is a {@link Text}
 * (a key of {@code i18n/problems.properties}), so no message can reach a client untranslated.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;
	private final Text title;
	private final Text detail;
	private final List<FieldMessage> errors;
	private final Duration retryAfter;
	private final String type;
	private final Map<String, Object> properties;

	public ApiException(HttpStatus status, Text title, Text detail, List<FieldMessage> errors) {
		this(status, title, detail, errors, null, null, Map.of());
	}

	private ApiException(HttpStatus status, Text title, Text detail, List<FieldMessage> errors, Duration retryAfter,
			String type, Map<String, Object> properties) {
		super(detail.code());
		this.status = status;
		this.title = title;
		this.detail = detail;
		this.errors = List.copyOf(errors);
		this.retryAfter = retryAfter;
		this.type = type;
		this.properties = Map.copyOf(properties);
	}

	/**
	 * The same failure with a problem type a client can branch on ({@code urn:careslot:problem:…})
	 * and extra members for it to act on.
	 */
	public ApiException withType(String type, Map<String, Object> properties) {
		return new ApiException(status, title, detail, errors, retryAfter, type, properties);
	}

	public static ApiException tooManyRequests(Text detail, Duration retryAfter) {
		return new ApiException(HttpStatus.TOO_MANY_REQUESTS, Text.of("title.tooManyRequests"), detail, List.of(),
				retryAfter, null, Map.of());
	}

	public static ApiException unauthorized(Text detail) {
		return new ApiException(HttpStatus.UNAUTHORIZED, Text.of("title.unauthorized"), detail, List.of());
	}

	/** Refused credentials of one field (the field's message is also the detail, as "field: message"). */
	public static ApiException unauthorized(String field, Text message) {
		return new ApiException(HttpStatus.UNAUTHORIZED, Text.of("title.unauthorized"), message,
				List.of(new FieldMessage(field, message)));
	}

	/** The caller may see the thing but not do this to it. */
	public static ApiException forbidden(Text detail) {
		return new ApiException(HttpStatus.FORBIDDEN, Text.of("title.forbidden"), detail, List.of());
	}

	public static ApiException unsupportedType(String field, Text message) {
		return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Text.of("title.unsupportedType"), message,
				List.of(new FieldMessage(field, message)));
	}

	/** Missing, or not the caller's: both answer 404 so ids cannot be probed. */
	public static ApiException notFound(Text detail) {
		return new ApiException(HttpStatus.NOT_FOUND, Text.of("title.notFound"), detail, List.of());
	}

	public static ApiException conflict(Text detail) {
		return new ApiException(HttpStatus.CONFLICT, Text.of("title.conflict"), detail, List.of());
	}

	public static ApiException conflict(String field, Text detail) {
		return new ApiException(HttpStatus.CONFLICT, Text.of("title.conflict"), detail,
				List.of(new FieldMessage(field, detail)));
	}

	public static ApiException invalid(String field, Text message) {
		return new ApiException(HttpStatus.BAD_REQUEST, Text.of("title.invalid"), message,
				List.of(new FieldMessage(field, message)));
	}

	/** Well-formed, but the rules refuse it. */
	public static ApiException unprocessable(Text detail) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, Text.of("title.unprocessable"), detail, List.of());
	}

	public HttpStatus status() {
		return status;
	}

	public Text title() {
		return title;
	}

	public Text detail() {
		return detail;
	}

	/**
	 * True when the detail is the message of the one field at fault; the client then reads
	 * "field: message", as for every validation problem.
	 */
	public boolean detailNamesField() {
		return errors.size() == 1 && errors.get(0).message().equals(detail)
				&& (status == HttpStatus.BAD_REQUEST || status == HttpStatus.UNSUPPORTED_MEDIA_TYPE
						|| status == HttpStatus.UNAUTHORIZED);
	}

	public List<FieldMessage> errors() {
		return errors;
	}

	public Optional<String> type() {
		return Optional.ofNullable(type);
	}

	public Map<String, Object> properties() {
		return properties;
	}

	/** How long the client should wait before trying again (sent as Retry-After). */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** The English detail, for logs and for failures that never reach a client. */
	@Override
	public String getMessage() {
		String text = ProblemMessages.english(detail);
		return detailNamesField() ? errors.get(0).field() + ": " + text : text;
	}

	public record FieldMessage(String field, Text message) {
	}
}
