package nl.regiekit.casemodel;

import java.util.Objects;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * A citizen service number (burgerservicenummer, BSN): nine digits that pass the eleven-test.
 * It is personal data: {@link #toString()} masks it, and no message of this library ever
 * shows it. Immutable and thread-safe.
 *
 * @param value the nine digits; never null
 */
public record Bsn(String value) {

    /** The form of a BSN in JSON: exactly nine digits. */
    public static final String PATTERN = "^[0-9]{9}$";

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws ModelViolation with {@link ModelCodes#BSN_INVALID} if it is not nine digits that pass the
     *     eleven-test; the message does not hold the value
     */
    public Bsn {
        Objects.requireNonNull(value, "value");
        if (!passesElevenTest(value)) {
            throw new ModelViolation(ModelCodes.BSN_INVALID, "");
        }
    }

    /**
     * Parses a BSN.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws ModelViolation if it is not a valid BSN
     */
    public static Bsn parse(String text) {
        return new Bsn(text);
    }

    /**
     * Whether {@code text} is nine digits whose weighted sum (9, 8, ..., 2 for the first eight
     * digits and -1 for the last) is a multiple of eleven, and not all zeros.
     */
    public static boolean passesElevenTest(String text) {
        if (text == null || text.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            allZero &= digit == 0;
            sum += i < 8 ? digit * (9 - i) : -digit;
        }
        return !allZero && sum % 11 == 0;
    }

    /** Masked: a BSN never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
