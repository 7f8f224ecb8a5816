package org.careslot.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. The error handler renders it as RFC 9457 problem+json;
 * {@code errors} name the request fields at fault.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;
	private final String title;
	private final List<FieldMessage> errors;
	private final Duration retryAfter;
	private final String type;
	private final Map<String, Object> properties;

	public ApiException(HttpStatus status, String title, String detail, List<FieldMessage> errors) {
		this(status, title, detail, errors, null, null, Map.of());
	}

	private ApiException(HttpStatus status, String title, String detail, List<FieldMessage> errors, Duration retryAfter,
			String type, Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.title = title;
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
		return new ApiException(status, title, getMessage(), errors, retryAfter, type, properties);
	}

	public static ApiException tooManyRequests(String detail, Duration retryAfter) {
		return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, List.of(), retryAfter, null,
				Map.of());
	}

	public static ApiException unauthorized(String detail) {
		return new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, List.of());
	}

	/** The caller may see the thing but not do this to it. */
	public static ApiException forbidden(String detail) {
		return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
	}

	public static ApiException unsupportedType(String field, String message) {
		return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type", field + ": " + message,
				List.of(new FieldMessage(field, message)));
	}

	/** Missing, or not the caller's: both answer 404 so ids cannot be probed. */
	public static ApiException notFound(String what) {
		return new ApiException(HttpStatus.NOT_FOUND, "Not found", what + " was not found", List.of());
	}

	public static ApiException conflict(String detail) {
		return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
	}

	public static ApiException conflict(String field, String detail) {
		return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of(new FieldMessage(field, detail)));
	}

	public static ApiException invalid(String field, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + message,
				List.of(new FieldMessage(field, message)));
	}

	/** Well-formed, but the rules refuse it. */
	public static ApiException unprocessable(String detail) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Not allowed", detail, List.of());
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
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

	public record FieldMessage(String field, String message) {
	}
}
