package nl.regiekit.service.internal;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.finding.Finding;

/**
 * A request the service refuses, answered as an {@code application/problem+json} document (RFC 9457):
 * a status, a stable type slug ({@code urn:nl:regiekit:problem:SLUG}), a fixed title and the findings
 * that explain it. Thrown by handlers and caught by the root handler; it carries no stack trace and
 * its texts hold identifiers only, never personal data.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problem types the service answers, each with its status and title; the OpenAPI description lists them. */
    enum Type {
        BAD_REQUEST(400, "The request is not understood"),
        BAD_JSON(400, "The body is not JSON"),
        UNAUTHORIZED(401, "A valid bearer token is needed"),
        FORBIDDEN(403, "The caller's organisation or role may not do this"),
        NOT_FOUND(404, "No such resource"),
        METHOD_NOT_ALLOWED(405, "The resource does not answer this method"),
        NOT_ACCEPTABLE(406, "The resource cannot answer in the media type asked for"),
        REQUEST_TIMEOUT(408, "The body did not arrive whole in time"),
        STALE_VERSION(412, "The stored version is not the one the change was based on"),
        TOO_LARGE(413, "The body is larger than the limit"),
        UNSUPPORTED_MEDIA_TYPE(415, "The body must be application/json"),
        INVALID_DOCUMENT(422, "The document is not one the resource can use"),
        PRECONDITION_REQUIRED(428, "A change of a stored case file names the version it is based on"),
        UNAVAILABLE(503, "The service is busy or stopping"),
        INTERNAL(500, "The service failed; the access log has the trace id");

        final int status;
        final String title;

        Type(int status, String title) {
            this.status = status;
            this.title = title;
        }

        /** The slug in the type URI, as {@code stale-version}. */
        String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The type URI. */
        String uri() {
            return "urn:nl:regiekit:problem:" + slug();
        }
    }

    final Type type;
    final String detail;
    final List<Finding> findings;

    Problem(Type type, String detail, List<Finding> findings) {
        super(type.slug() + ": " + detail, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.findings = List.copyOf(findings);
    }

    Problem(Type type, String detail) {
        this(type, detail, List.of());
    }
}
