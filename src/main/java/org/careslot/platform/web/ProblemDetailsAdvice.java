package org.careslot.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.careslot.platform.ApiException;
import org.careslot.platform.ApiException.FieldMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into RFC 9457 problem+json. Validation problems list the fields at
 * fault in {@code errors}; nothing internal (stack traces, SQL) ever reaches the client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> handleApi(ApiException ex) {
		ProblemDetail problem = problem(ex.status(), ex.title(), ex.getMessage(), ex.errors());
		ex.type().ifPresent(type -> problem.setType(java.net.URI.create(type)));
		ex.properties().forEach(problem::setProperty);
		return ex.retryAfter()
			.map(wait -> ResponseEntity.status(ex.status())
				.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.<Object>body(problem))
			.orElseGet(() -> respond(problem));
	}

	@ExceptionHandler(RequestTooLargeException.class)
	ResponseEntity<Object> handleTooLarge(RequestTooLargeException ex) {
		return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "Request too large", ex.getMessage(), List.of()));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
		List<FieldMessage> errors = ex.getConstraintViolations().stream()
			.map(v -> new FieldMessage(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.sorted(Comparator.comparing(FieldMessage::field))
			.toList();
		return respond(validationProblem(errors));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return respond(validationProblem(List.of(new FieldMessage(ex.getName(), "has an invalid value"))));
	}

	/** Tomcat could not decode a parameter (bytes that are not UTF-8, such as q=%ff%fe). */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<Object> handleUndecodableParameter(org.apache.tomcat.util.http.InvalidParameterException ex) {
		var name = java.util.regex.Pattern.compile("Parameter \\[([A-Za-z0-9_.\\[\\]-]{1,40})\\]").matcher(String.valueOf(ex.getMessage()));
		String field = name.find() ? name.group(1) : "query";
		return respond(validationProblem(List.of(new FieldMessage(field, "is not valid UTF-8 text"))));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException ex) {
		return respond(problem(HttpStatus.CONFLICT, "Conflict",
				"Someone else changed this at the same time; reload and try again", List.of()));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex) {
		// Constraints are the last line of defence; services translate the expected ones.
		log.info("Constraint violation: {}", ex.getMostSpecificCause().getMessage());
		return respond(problem(HttpStatus.CONFLICT, "Conflict", "The request conflicts with existing data", List.of()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		log.error("Unhandled failure", ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; nothing was changed", List.of()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return respond(validationProblem(fieldErrors(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach(e -> errors.add(new FieldMessage(name, e.getDefaultMessage())));
		});
		return respond(validationProblem(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// the deepest cause can be a java.time parse error: look for the Jackson layer that knows the field
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestTooLargeException tooLarge) {
				return handleTooLarge(tooLarge);
			}
			if (cause instanceof UnrecognizedPropertyException unknown) {
				return respond(validationProblem(List.of(new FieldMessage(path(unknown), "is not a known field"))));
			}
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				String message = cause instanceof StrictStringModule.InvalidTextException invalid ? invalid.reason()
						: "has an invalid value or type";
				return respond(validationProblem(List.of(new FieldMessage(path(databind), message))));
			}
			if (cause instanceof StreamReadException) {
				return respond(problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The request body is not valid JSON", List.of()));
			}
		}
		return respond(problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The request body is missing or unreadable",
				List.of()));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring's own MVC exceptions (404, 405, 415 ...) already carry a ProblemDetail body.
		if (body instanceof ProblemDetail detail) {
			detail.setInstance(null);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	static ProblemDetail validationProblem(List<FieldMessage> errors) {
		String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail.isEmpty() ? "The request is invalid" : detail,
				errors);
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldMessage> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		}
		return problem;
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static List<FieldMessage> fieldErrors(BindingResult result) {
		List<FieldMessage> errors = new ArrayList<>();
		result.getFieldErrors().forEach(e -> errors.add(new FieldMessage(e.getField(), e.getDefaultMessage())));
		result.getGlobalErrors().forEach(e -> errors.add(new FieldMessage(e.getObjectName(), e.getDefaultMessage())));
		errors.sort(Comparator.comparing(FieldMessage::field));
		return errors;
	}

	private static String path(DatabindException ex) {
		StringBuilder sb = new StringBuilder();
		for (var ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!sb.isEmpty()) {
					sb.append('.');
				}
				sb.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				sb.append('[').append(ref.getIndex()).append(']');
			}
		}
		return sb.isEmpty() ? "body" : sb.toString();
	}

	private static String lastNode(String propertyPath) {
		int dot = propertyPath.lastIndexOf('.');
		return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
	}
}
