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
        return append("", tokens);
    }

    /**
     * {@code base} followed by the pointer of {@code tokens}, built in one buffer: the rules make a
     * pointer for every item they check.
     *
     * @throws NullPointerException if {@code base} or a token is null
     */
    public static String append(String base, Object... tokens) {
        StringBuilder pointer = new StringBuilder(Objects.requireNonNull(base, "base").length() + 12 * tokens.length)
            .append(base);
        for (Object token : tokens) {
            pointer.append('/');
            if (token instanceof Integer index) {
                pointer.append(index.intValue());
            } else {
                escaped(pointer, String.valueOf(Objects.requireNonNull(token, "token")));
            }
        }
        return pointer.toString();
    }

    private static void escaped(StringBuilder pointer, String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            pointer.append(token);
            return;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                pointer.append("~0");
            } else if (c == '/') {
                pointer.append("~1");
            } else {
                pointer.append(c);
            }
        }
    }
}
