package nl.regiekit.casemodel;

import java.util.Objects;
import java.util.regex.Pattern;

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
        if (!Form.PATTERN.matcher(value).matches()) {
            throw new ModelViolation(ModelCodes.IDENTIFIER_INVALID, "");
        }
        return value;
    }

    /** Holder of the compiled pattern, kept out of the interface's API. */
    final class Form {
        private static final Pattern PATTERN = Pattern.compile(Identifier.PATTERN);

        private Form() {
        }
    }
}
