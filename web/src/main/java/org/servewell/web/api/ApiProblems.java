package org.servewell.web.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import tools.jackson.databind.DatabindException;

import org.servewell.apiaccess.InvalidApiTokenException;
import org.servewell.people.InvalidPersonException;
import org.servewell.shared.Refusal;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal the API gives, as an RFC 9457 problem detail: bad input 400 with an
 * {@code errors} list of {@code field} and {@code message}, unknown (or not visible) 404,
 * a stale change 409, a role the token's administrator lacks 403. Nothing is changed by a
 * refused request: services validate before they write and roll back on a refusal.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	/** A problem with one field of the request, for the {@code errors} extension. */
	record FieldProblem(String field, String message) {
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = (ex.getMostSpecificCause() instanceof DatabindException databind) ? databind.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining(".")) : "";
		String message = field.isEmpty() ? "The body is not JSON of the expected shape."
				: "Missing, or not of the expected type (a number, text, true/false, a list, a date as 2026-12-31).";
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new FieldProblem(field.isEmpty() ? "body" : field, message))));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		Class<?> type = ex.getRequiredType();
		String message = (type == Instant.class) ? "Give a moment in ISO-8601, such as 2026-12-01T00:00:00Z."
				: (type != null && Number.class.isAssignableFrom(type)) || type == int.class || type == long.class
						? "Give a whole number." : "Not one of the accepted values.";
		return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, message))));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldProblem(field(violation), violation.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(Refusal refusal) {
		HttpStatus status = switch (refusal) {
			case Refusal.NotFound notFound -> HttpStatus.NOT_FOUND;
			case Refusal.Stale stale -> HttpStatus.CONFLICT;
			case Refusal.NotAllowed notAllowed -> HttpStatus.CONFLICT;
			case Refusal.Invalid invalid -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
		if (refusal instanceof Refusal.Invalid) {
			// The same title as a request that fails validation: the client reads one
			// kind.
			problem.setTitle("Invalid request");
		}
		String field = switch (refusal) {
			case InvalidPersonException person -> person.field();
			case InvalidApiTokenException token -> token.field();
			default -> null;
		};
		if (field != null) {
			problem.setProperty("errors", List.of(new FieldProblem(field, refusal.getMessage())));
		}
		else if (!refusal.problems().isEmpty()) {
			problem.setProperty("errors", refusal.problems().stream().map((text) -> Map.of("message", text)).toList());
		}
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"The administrator this token acts as may not do this."));
	}

	private static ProblemDetail invalid(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has "
				+ errors.size() + ((errors.size() == 1) ? " problem" : " problems") + "; nothing was changed.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * The last part of a violation's path, such as "email" for "createPerson.form.email".
	 */
	private static String field(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString();
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
