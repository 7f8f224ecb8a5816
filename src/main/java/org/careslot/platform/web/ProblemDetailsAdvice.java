package org.careslot.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.validation.ObjectError;
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
 * Turns every failure into RFC 9457 problem+json in the caller's language (the account's, else
 * Accept-Language, see {@code AccountLocaleResolver}). Validation problems list the fields at fault
 * in {@code errors}; the problem and each error carry the message's {@code code}, the key a client
 * may translate itself. Nothing internal (stack traces, SQL) ever reaches the client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/** A field at fault: its code, and its message already in the caller's language. */
	record Item(String field, String code, String message) {
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> handleApi(ApiException ex) {
		List<Item> items = ex.errors().stream().map(e -> item(e.field(), e.message())).toList();
		String detail = text(ex.detail());
		if (ex.detailNamesField()) {
			detail = items.get(0).field() + ": " + detail;
		}
		ProblemDetail problem = problem(ex.status(), ex.title(), detail, ex.detail().code(), items);
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
		Text detail = Text.of("problem.tooLarge", "limit", Long.toString(ex.limit()));
		return respond(problem(HttpStatus.CONTENT_TOO_LARGE, Text.of("title.tooLarge"), text(detail), detail.code(), List.of()));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
		List<Item> errors = ex.getConstraintViolations().stream()
			.map(v -> new Item(lastNode(v.getPropertyPath().toString()), templateCode(v, "invalid"), v.getMessage()))
			.sorted(Comparator.comparing(Item::field))
			.toList();
		return respond(validationProblem(errors));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return respond(validationProblem(List.of(item(ex.getName(), Text.of("field.invalidValue")))));
	}

	/** Tomcat could not decode a parameter (bytes that are not UTF-8, such as q=%ff%fe). */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ResponseEntity<Object> handleUndecodableParameter(org.apache.tomcat.util.http.InvalidParameterException ex) {
		var name = java.util.regex.Pattern.compile("Parameter \\[([A-Za-z0-9_.\\[\\]-]{1,40})\\]").matcher(String.valueOf(ex.getMessage()));
		String field = name.find() ? name.group(1) : "query";
		return respond(validationProblem(List.of(item(field, Text.of("field.notUtf8")))));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> handleOptimisticLock(OptimisticLockingFailureException ex) {
		return respond(problem(HttpStatus.CONFLICT, Text.of("title.conflict"), Text.of("problem.concurrentChange")));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException ex) {
		// Constraints are the last line of defence; services translate the expected ones.
		log.info("Constraint violation: {}", ex.getMostSpecificCause().getMessage());
		return respond(problem(HttpStatus.CONFLICT, Text.of("title.conflict"), Text.of("problem.dataConflict")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		log.error("Unhandled failure", ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, Text.of("title.internal"), Text.of("problem.internal")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return respond(validationProblem(fieldErrors(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Item> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach(e -> errors.add(new Item(name, resolvableCode(e), e.getDefaultMessage())));
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
				return respond(validationProblem(List.of(item(path(unknown), Text.of("field.unknown")))));
			}
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				Text message = cause instanceof StrictStringModule.InvalidTextException invalid ? invalid.reason()
						: Text.of("field.invalidValueOrType");
				return respond(validationProblem(List.of(item(path(databind), message))));
			}
			if (cause instanceof StreamReadException) {
				return respond(problem(HttpStatus.BAD_REQUEST, Text.of("title.malformedJson"), Text.of("problem.malformedJson")));
			}
		}
		return respond(problem(HttpStatus.BAD_REQUEST, Text.of("title.unreadable"), Text.of("problem.unreadable")));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Spring's own MVC exceptions (404, 405, 415 ...) already carry a ProblemDetail body: say it in the caller's language.
		if (body instanceof ProblemDetail problem) {
			problem.setInstance(null);
			SpringErrors.title(statusCode.value()).ifPresent(title -> problem.setTitle(text(title)));
			SpringErrors.detail(ex).ifPresent(detail -> {
				problem.setDetail(text(detail));
				problem.setProperty("code", detail.code());
			});
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ProblemDetail validationProblem(List<Item> errors) {
		if (errors.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, Text.of("title.invalid"), Text.of("problem.invalid"));
		}
		String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
		String code = errors.size() == 1 ? errors.get(0).code() : "problem.invalid";
		return problem(HttpStatus.BAD_REQUEST, Text.of("title.invalid"), detail, code, errors);
	}

	private ProblemDetail problem(HttpStatus status, Text title, Text detail) {
		return problem(status, title, text(detail), detail.code(), List.of());
	}

	private ProblemDetail problem(HttpStatus status, Text title, String detail, String code, List<Item> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text(title));
		problem.setProperty("code", code);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors.stream().map(e -> {
				Map<String, Object> error = new LinkedHashMap<>();
				error.put("field", e.field());
				error.put("code", e.code());
				error.put("message", e.message());
				return error;
			}).toList());
		}
		return problem;
	}

	private Item item(String field, Text message) {
		return new Item(field, message.code(), text(message));
	}

	private String text(Text text) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(text.code(), new Object[] { text.args() }, text.code(), locale);
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Bean Validation already rendered these in the request's language (its interpolator reads the same locale). */
	private static List<Item> fieldErrors(BindingResult result) {
		List<Item> errors = new ArrayList<>();
		result.getFieldErrors().forEach(e -> errors.add(new Item(e.getField(), resolvableCode(e), e.getDefaultMessage())));
		result.getGlobalErrors().forEach(e -> errors.add(new Item(e.getObjectName(), resolvableCode(e), e.getDefaultMessage())));
		errors.sort(Comparator.comparing(Item::field));
		return errors;
	}

	/** A constraint's message key ({@code jakarta.validation.constraints.NotBlank.message}, {@code careslot.singleLine}). */
	private static String resolvableCode(MessageSourceResolvable error) {
		String fallback = error.getCodes() == null || error.getCodes().length == 0 ? "invalid"
				: error.getCodes()[error.getCodes().length - 1];
		if (error instanceof ObjectError object && object.contains(ConstraintViolation.class)) {
			return templateCode(object.unwrap(ConstraintViolation.class), fallback);
		}
		return fallback;
	}

	private static String templateCode(ConstraintViolation<?> violation, String fallback) {
		String template = violation.getMessageTemplate();
		return template != null && template.matches("\\{[A-Za-z0-9_.]+\\}") ? template.substring(1, template.length() - 1)
				: "validation." + fallback;
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
