package nl.regiekit.service.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

import nl.regiekit.service.Caller;

/**
 * One request as a handler sees it: its path parameters, query, headers, caller and trace, and its
 * body read up to the limit. Not thread-safe; lives for one request.
 */
final class Call {

    /** How much of a body past the limit is read and dropped before the refusal. */
    private static final int DRAINED = 64 * 1024;

    private final Request request;
    private final Map<String, String> params;
    private final Fields query;
    private final Optional<Caller> caller;
    private final Trace trace;
    private final int maxBytes;
    private boolean bodyRead;
    private boolean bodyLeft;

    Call(Request request, Map<String, String> params, Optional<Caller> caller, Trace trace, int maxBytes) {
        this.request = request;
        this.params = Map.copyOf(params);
        this.query = Request.extractQueryParameters(request);
        this.caller = caller;
        this.trace = trace;
        this.maxBytes = maxBytes;
    }

    /** The path parameter {@code name} of the route's template. */
    String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no parameter " + name);
        }
        return value;
    }

    /** The query parameter {@code name}, if given. */
    Optional<String> query(String name) {
        return Optional.ofNullable(query.getValue(name));
    }

    /** The request header {@code name}, if given. */
    Optional<String> header(HttpHeader name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    /** The caller; only routes that need a token are called with one. */
    Caller caller() {
        return caller.orElseThrow(() -> new IllegalStateException("a public route asked for its caller"));
    }

    Trace trace() {
        return trace;
    }

    /** The day of {@code ?date=}, or {@code today} without one. */
    LocalDate date(LocalDate today) {
        Optional<String> date = query("date");
        try {
            return date.map(LocalDate::parse).orElse(today);
        } catch (DateTimeParseException e) {
            throw new Problem(Problem.Type.BAD_REQUEST, "date must be a day as 2026-04-20");
        }
    }

    /** The language of {@code ?lang=}: Dutch by default, English with {@code en}. */
    Locale locale() {
        String lang = query("lang").orElse("nl");
        return switch (lang) {
            case "nl" -> Locale.forLanguageTag("nl");
            case "en" -> Locale.ENGLISH;
            default -> throw new Problem(Problem.Type.BAD_REQUEST, "lang must be nl or en");
        };
    }

    /**
     * The body, refused before it is read whole when it is larger than the limit: at once when its
     * declared length is, else as soon as more bytes than the limit arrive.
     *
     * @throws Problem 415 when it is not JSON, 413 when it is too large
     */
    byte[] body() throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !isJson(type)) {
            throw new Problem(Problem.Type.UNSUPPORTED_MEDIA_TYPE, "send the document as application/json");
        }
        bodyRead = true;
        long declared = request.getLength();
        if (declared > maxBytes) {
            bodyLeft = true;
            throw tooLarge();
        }
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = read(in);
            if (bytes.length > maxBytes) {
                // Read a little of the rest, so that a body just over the limit meets a clean answer
                // rather than a connection reset; a larger one is cut off when the connection closes.
                in.skipNBytes(Math.min(DRAINED, Math.max(0, declared - bytes.length)));
                in.readNBytes(declared < 0 ? DRAINED : 0);
                bodyLeft = true;
                throw tooLarge();
            }
            return bytes;
        }
    }

    /** Up to one byte more than the limit; a client that falls silent (idle timeout) or breaks off gets 408. */
    private byte[] read(InputStream in) {
        try {
            return in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new Problem(Problem.Type.REQUEST_TIMEOUT, "the body stopped before its end");
        }
    }

    /** Whether the handler asked for the body (and it was JSON, so that reading it began). */
    boolean bodyRead() {
        return bodyRead;
    }

    /** Whether the body was refused as too large before its end: the rest of it was never read. */
    boolean bodyLeft() {
        return bodyLeft;
    }

    private static boolean isJson(String contentType) {
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json") || base.endsWith("+json");
    }

    private Problem tooLarge() {
        return new Problem(Problem.Type.TOO_LARGE, "the body is larger than " + maxBytes + " bytes",
            java.util.List.of(nl.regiekit.casemodel.finding.Finding.of(nl.regiekit.json.JsonCodes.LIMIT_SIZE, "", maxBytes)));
    }
}
