package nl.regiekit.service.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.regiekit.json.RegiekitJson;
import nl.regiekit.service.Caller;
import nl.regiekit.service.Tokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's one Jetty handler: finds the route, checks the bearer token and the role, calls the
 * handler, writes its answer or its problem document, and writes one access-log line (method, path
 * template, status, duration, organisation, traceparent; never a body, a query or a header value).
 */
public final class Root extends Handler.Abstract {

    /** The version of the API this service answers, sent in every {@code API-Version} header. */
    public static final String API_VERSION = "1.0.0";

    private static final Logger LOG = LoggerFactory.getLogger(Root.class);
    private static final JsonMapper MAPPER = RegiekitJson.mapper();

    private final List<Route> routes;
    private final Tokens tokens;
    private final Consumer<String> accessLog;
    private final int maxBytes;

    /**
     * A root handler over the routes of {@code api}.
     *
     * @param api the endpoints
     * @param tokens the accepted tokens
     * @param accessLog where each access-log line goes
     * @param maxBytes the largest body accepted
     */
    public Root(Api api, Tokens tokens, Consumer<String> accessLog, int maxBytes) {
        this.routes = api.routes();
        this.tokens = tokens;
        this.accessLog = accessLog;
        this.maxBytes = maxBytes;
    }

    /** Every method and path template answered, as {@code GET /v1/codes}, in route order. */
    public List<String> operations() {
        return routes.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Trace trace = Trace.of(request.getHeaders().get("traceparent"));
        String path = Request.getPathInContext(request);
        String template = "(unmatched)";
        Optional<Caller> caller = Optional.empty();
        Call call = null;
        Reply reply;
        try {
            List<Route> onPath = routes.stream().filter(r -> r.match(path).isPresent()).toList();
            if (onPath.isEmpty()) {
                throw new Problem(Problem.Type.NOT_FOUND, "no resource at this path");
            }
            template = onPath.get(0).template();
            Route route = onPath.stream().filter(r -> r.method().equals(request.getMethod())).findFirst()
                .orElseThrow(() -> new Problem(Problem.Type.METHOD_NOT_ALLOWED, "the resource answers "
                    + String.join(", ", onPath.stream().map(Route::method).toList())));
            if (!route.isPublic()) {
                caller = authenticate(request);
                if (!route.roles().contains(caller.get().role())) {
                    throw new Problem(Problem.Type.FORBIDDEN, "the role " + caller.get().role().id()
                        + " may not call " + route.method() + " " + route.template());
                }
            }
            call = new Call(request, route.match(path).orElseThrow(), caller, trace, maxBytes);
            reply = route.handler().handle(call);
        } catch (Problem problem) {
            reply = problem(problem, trace);
        } catch (RuntimeException | java.io.IOException e) {
            // The exception's type only: its message may quote the document.
            LOG.error("request failed with {} (trace {})", e.getClass().getName(), trace.traceId());
            reply = problem(new Problem(Problem.Type.INTERNAL, "trace " + trace.traceId()), trace);
        }
        // A body not read to its end leaves the connection unusable for the next request: say so, so that
        // the client opens another instead of sending its next request into a connection being closed.
        boolean whole = call == null || !call.bodyRead() ? drain(request) : !call.bodyLeft();
        if (!whole) {
            reply = reply.with(HttpHeader.CONNECTION.asString(), "close");
        }
        write(response, reply, trace, callback);
        accessLog.accept(accessLine(request.getMethod(), template, reply.status(), System.nanoTime() - start,
            caller, trace));
        return true;
    }

    /**
     * The handler of the refusals Jetty makes itself (a malformed request, headers too large, a request
     * that waited too long for its turn): the same problem documents, with the status Jetty chose.
     */
    public static Request.Handler errors() {
        return (request, response, callback) -> {
            Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
            int code = status instanceof Integer i ? i : 500;
            Problem.Type type = Arrays.stream(Problem.Type.values()).filter(t -> t.status == code).findFirst()
                .orElse(code >= 500 ? Problem.Type.INTERNAL : Problem.Type.BAD_REQUEST);
            Trace trace = Trace.of(request.getHeaders().get("traceparent"));
            write(response, problem(new Problem(type, "refused by the server"), code, trace), trace, callback);
            return true;
        };
    }

    /**
     * Reads and drops a body the answer did not need (a refusal before it was read: no token, no such
     * route, not JSON), up to the limit, so that the client reads the answer instead of a connection
     * reset. Whether the body was read to its end: true when there was none.
     */
    private boolean drain(Request request) {
        long length = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length == 0 || (length < 0 && !chunked)) {
            return true;
        }
        if (length > maxBytes) {
            return false;
        }
        try (java.io.InputStream in = Request.asInputStream(request)) {
            if (length > 0) {
                in.skipNBytes(length);
                return true;
            }
            // A chunked body: its end is where the stream ends, within the limit.
            in.skipNBytes(maxBytes);
            return in.read() < 0;
        } catch (java.io.IOException e) {
            // A body that ends before its declared length, or a chunked one within the limit (EOFException).
            return e instanceof java.io.EOFException && length < 0;
        }
    }

    private Optional<Caller> authenticate(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Problem(Problem.Type.UNAUTHORIZED, "send Authorization: Bearer <token>");
        }
        Optional<Caller> caller = tokens.caller(header.substring(7).strip());
        if (caller.isEmpty()) {
            throw new Problem(Problem.Type.UNAUTHORIZED, "the token is not known");
        }
        return caller;
    }

    private static void write(Response response, Reply reply, Trace trace, Callback callback) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.getHeaders().put("API-Version", API_VERSION);
        response.getHeaders().put("traceparent", trace.header());
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (reply.status() == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"regiekit\"");
        }
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    /** The problem document of {@code problem}, in English (its codes are what callers act on). */
    static Reply problem(Problem problem, Trace trace) {
        return problem(problem, problem.type.status, trace);
    }

    private static Reply problem(Problem problem, int status, Trace trace) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", problem.type.uri());
        doc.put("title", problem.type.title);
        doc.put("status", status);
        doc.put("detail", problem.detail);
        doc.put("traceId", trace.traceId());
        doc.put("findings", RegiekitJson.findings(problem.findings, Locale.ENGLISH));
        return new Reply(status, "application/problem+json", MAPPER.writeValueAsBytes(doc), Map.of());
    }

    private static String accessLine(String method, String template, int status, long nanos, Optional<Caller> caller,
                                     Trace trace) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("method", method);
        line.put("route", template);
        line.put("status", status);
        line.put("durationMs", Math.round(nanos / 10_000.0) / 100.0);
        line.put("organisation", caller.map(c -> c.organisation().value()).orElse(null));
        line.put("traceparent", trace.header());
        return MAPPER.writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(line);
    }
}
