package nl.regiekit.service.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C trace context of one request: the caller's trace id when it sent a valid
 * {@code traceparent} header, else a new one, and a new span id for the service's own work.
 *
 * @param traceId 32 lower-case hex digits
 * @param parentId the caller's span id, if it sent one
 * @param spanId 16 lower-case hex digits, new for this request
 */
record Trace(String traceId, Optional<String> parentId, String spanId) {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The trace of a request whose {@code traceparent} header is {@code header} (null when absent). */
    static Trace of(String header) {
        if (header != null) {
            Matcher m = TRACEPARENT.matcher(header.strip());
            if (m.matches() && !m.group(1).matches("0+") && !m.group(2).matches("0+")) {
                return new Trace(m.group(1), Optional.of(m.group(2)), random(8));
            }
        }
        return new Trace(random(16), Optional.empty(), random(8));
    }

    /** The {@code traceparent} header that names this request's span. */
    String header() {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
