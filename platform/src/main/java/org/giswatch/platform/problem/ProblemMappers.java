package org.giswatch.platform.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.Problem;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.http.Preconditions;
import org.hibernate.StaleStateException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one set of exception mappers for all services: every failure leaves as {@code application/problem+json}.
 * Details are written here, never copied from exception messages, so no Java names or stack traces leak.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public RestResponse<Problem> api(ApiException e, UriInfo uri) {
        return Problems.response(Problems.of(e.type(), e.getMessage(), path(uri), e.errors()).withReferrers(e.referrers()),
                e.retryAfterSeconds());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> validation(ConstraintViolationException e, UriInfo uri) {
        boolean ourFault = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (ourFault) {
            return unexpected(e, uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return Problems.response(ProblemType.VALIDATION, "Validation failed for " + errors.size() + " field(s)",
                path(uri), errors);
    }

    // One mapper per Jackson type: quarkus-rest-jackson has built-in mappers for the specific ones, and the
    // closest type wins, so a single JsonProcessingException mapper would not be reached for them.
    @ServerExceptionMapper
    public RestResponse<Problem> json(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> jsonFormat(InvalidFormatException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> jsonUnknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> jsonSyntax(JsonParseException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> jsonMapping(JsonMappingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e, UriInfo uri) {
        return Problems.unauthorized("Changing data needs a bearer token with the role 'editor' (deletes, and imports that delete: "
                + "'admin')", path(uri), false);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Problems.unauthorized("The bearer token is invalid or expired", path(uri), true);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        return Problems.response(ProblemType.FORBIDDEN, forbiddenDetail(request.getMethod()), path(uri), List.of());
    }

    /** What the operation refused needs: the only reads with a role are the admins' reports (/integrity). */
    static String forbiddenDetail(String method) {
        return switch (method) {
            case "GET", "HEAD" -> "Your token lacks the role 'admin', which this report needs";
            case "DELETE" -> "Your token lacks the role 'admin', which deleting needs";
            default -> "Your token lacks the role this operation needs ('editor' or 'admin' to create and update; "
                    + "'admin' for an import that deletes)";
        };
    }

    /** A concurrent writer flushed first: the version the client sent is no longer current. */
    @ServerExceptionMapper
    public RestResponse<Problem> optimisticLock(OptimisticLockException e, UriInfo uri) {
        return api(Preconditions.stale(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> staleState(StaleStateException e, UriInfo uri) {
        return api(Preconditions.stale(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String p = path(uri);
        return switch (status) {
            case 400 -> Problems.response(ProblemType.BAD_REQUEST, "The request could not be read", p, List.of());
            case 401 -> Problems.response(ProblemType.UNAUTHORIZED, "A valid bearer token is required", p, List.of());
            case 403 -> Problems.response(ProblemType.FORBIDDEN, "You may not perform this operation", p, List.of());
            case 404 -> cause != null ? unconvertibleParameter(cause, uri)
                    : Problems.response(ProblemType.NOT_FOUND, "No resource at " + p, p, List.of());
            case 405 -> Problems.response(ProblemType.METHOD_NOT_ALLOWED,
                    "This method is not allowed on " + p, p, List.of());
            case 406 -> Problems.response(ProblemType.NOT_ACCEPTABLE,
                    "None of the media types in Accept can be produced here", p, List.of());
            case 413 -> Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large", p, List.of());
            case 415 -> Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, unsupported(request.getMethod(), uri),
                    p, List.of());
            default -> status >= 500 ? unexpected(e, uri)
                    : Problems.response(ProblemType.BAD_REQUEST, "The request could not be processed", p, List.of());
        };
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        // Two writers racing past the service's own existence check meet at a unique index: the loser's write
        // conflicts with stored state, which is the client's 409, not our 500.
        if (FailureChain.find(e, SQLException.class, sql -> UNIQUE_VIOLATION.equals(sql.getSQLState())).isPresent()) {
            return Problems.response(ProblemType.CONFLICT,
                    "The change conflicts with a stored record (a value that must be unique is already taken)",
                    path(uri), List.of());
        }
        if (DatabaseUnavailable.causedBy(e)) {
            // Not a bug: the client may retry once the database is back (the pool reconnects by itself).
            LOG.warnf("Database unavailable for %s: %s", path(uri), FailureChain.find(e, SQLException.class, sql -> true)
                    .map(sql -> sql.getSQLState() + " " + sql.getMessage()).orElse(String.valueOf(e.getMessage())));
            return Problems.response(Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "The database is unavailable; retry later", path(uri), List.of()),
                    DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return Problems.response(ProblemType.INTERNAL,
                "An unexpected error occurred; quote reference " + reference + " when reporting it", path(uri),
                List.of());
    }

    /** The 415's detail: what this operation accepts. */
    private static String unsupported(String method, UriInfo uri) {
        var accepted = org.giswatch.platform.http.AcceptedMediaTypes.of(method, uri.getPath());
        return "The request body's Content-Type is not accepted here" + (accepted.isEmpty() ? ""
                : "; send " + String.join(", ", accepted));
    }

    /**
     * Jakarta REST answers 404 when a query or path value cannot be converted to the parameter's type (a word where a
     * year belongs); that is the client's input, so it is a 400 naming the parameter whose value failed.
     */
    private static RestResponse<Problem> unconvertibleParameter(Throwable cause, UriInfo uri) {
        String message = String.valueOf(cause.getMessage());
        String field = "query";
        // Path parameters first (/versions/abc names number), then the query's.
        for (var params : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
            for (var param : params.entrySet()) {
                if ("query".equals(field) && param.getValue().stream().anyMatch(v -> !v.isEmpty() && message.contains(v))) {
                    field = param.getKey();
                }
            }
        }
        return Problems.response(ProblemType.VALIDATION, "Field '" + field + "' has the wrong type or format: it must "
                + "be a whole number", path(uri), List.of(new FieldError(field, "must be a whole number")));
    }

    private static RestResponse<Problem> malformed(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return Problems.response(ProblemType.VALIDATION, "Unknown property '" + unknown.getPropertyName() + "'",
                    path(uri), List.of(new FieldError(field, "unknown property")));
        }
        if (e instanceof JsonMappingException mapping && !(e.getCause() instanceof JsonParseException)) {
            FieldError error = fieldError(mapping);
            if (!error.field().isEmpty()) {
                return Problems.response(ProblemType.VALIDATION, "Field '" + error.field() + "' " + error.message(),
                        path(uri), List.of(error));
            }
            Class<?> target = targetType(mapping);
            if (target != null) {
                // Well-formed JSON of another shape than the body ([] where an object belongs).
                return Problems.response(ProblemType.MALFORMED_BODY, "The request body is well-formed JSON of the "
                        + "wrong shape: expected " + expected(target), path(uri), List.of());
            }
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.response(ProblemType.MALFORMED_BODY, "The request body is not well-formed JSON" + where,
                path(uri), List.of());
    }

    /**
     * The field a Jackson mapping error is about and what it accepts: {@code rank} "must be one of preferred, normal,
     * deprecated", {@code value} "must be a number".
     */
    public static FieldError fieldError(JsonMappingException e) {
        Class<?> target = targetType(e);
        return new FieldError(jsonPath(e), target == null ? "has the wrong type or format" : "must be " + expected(target));
    }

    private static Class<?> targetType(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException instantiation
                && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    /** What a JSON value of the given Java type looks like, in the words of the API's documentation. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .toList());
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO 8601 date such as 2011-04-03";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "an ISO 8601 date-time with offset such as 2011-04-03T00:00:00Z";
        }
        if (type == java.net.URI.class) {
            return "a URI";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    /** The JSON path of the field a Jackson mapping error is about, such as "sources[0].citationId". */
    public static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** "create.country.sources[0].citationId" becomes "sources[0].citationId"; "list.limit" becomes "limit". */
    static String fieldName(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // Hibernate Validator puts a container element's index on the node inside the container.
                    if (node.isInIterable() && !property.isEmpty()) {
                        property.append('[').append(node.getIndex() == null ? node.getKey() : node.getIndex())
                                .append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!property.isEmpty()) {
                            property.append('.');
                        }
                        property.append(node.getName());
                    }
                }
            }
        }
        // Properties below a parameter mean the parameter is the request body, whose Java name means nothing.
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
