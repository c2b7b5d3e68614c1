package nl.regiekit.casemodel.finding;

import java.util.Objects;

/**
 * Builds JSON Pointers (RFC 6901) from tokens, escaping {@code ~} and {@code /}.
 * A pointer is the empty string for the whole document, else {@code /token/token}.
 */
public final class Pointer {

    private Pointer() {
    }

    /**
     * The pointer made of these tokens; each is turned into text with {@link String#valueOf}.
     *
     * @throws NullPointerException if a token is null
     */
    public static String of(Object... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (Object token : tokens) {
            pointer.append('/').append(escape(String.valueOf(Objects.requireNonNull(token, "token"))));
        }
        return pointer.toString();
    }

    /** {@code base} followed by the pointer of {@code tokens}. */
    public static String append(String base, Object... tokens) {
        return base + of(tokens);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
