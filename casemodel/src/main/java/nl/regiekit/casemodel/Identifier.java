package nl.regiekit.casemodel;

import java.util.Objects;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * A typed identifier: 1 to 64 letters, digits, dots, colons, underscores or hyphens, starting
 * with a letter or digit. Identifiers are opaque; they must not encode personal data such as a
 * name or BSN. Implementations are records and therefore immutable and thread-safe.
 */
public interface Identifier {

    /** The pattern every identifier matches, also published in the JSON Schemas. */
    String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /** The identifier as text; never null. */
    String value();

    /**
     * Checks the form of an identifier's text.
     *
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws ModelViolation with {@link ModelCodes#IDENTIFIER_INVALID} if it does not match {@link #PATTERN}
     */
    static String check(String value) {
        Objects.requireNonNull(value, "value");
        if (!matchesPattern(value)) {
            throw new ModelViolation(ModelCodes.IDENTIFIER_INVALID, "");
        }
        return value;
    }

    /**
     * Whether {@code value} matches {@link #PATTERN}; a loop over the characters rather than a
     * regular expression, because every identifier of every document passes through here.
     *
     * @throws NullPointerException if {@code value} is null
     */
    static boolean matchesPattern(String value) {
        int length = value.length();
        if (length == 0 || length > 64 || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
