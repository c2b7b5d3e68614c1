package nl.regiekit.service.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers: a status, a media type, the body and any further headers.
 *
 * @param status the HTTP status
 * @param contentType the media type of the body
 * @param body the body; never null
 * @param headers further headers, such as {@code ETag}; never null
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json";

    Reply {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A 200 answer of {@code body} as {@code contentType}. */
    static Reply ok(String contentType, byte[] body) {
        return new Reply(200, contentType, body, Map.of());
    }

    /** A 200 answer of text as {@code contentType} (UTF-8). */
    static Reply ok(String contentType, String body) {
        return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** This answer with one more header. */
    Reply with(String header, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(header, value);
        return new Reply(status, contentType, body, more);
    }

    /** This answer with another status. */
    Reply status(int next) {
        return new Reply(next, contentType, body, headers);
    }
}
