package nl.regiekit.balance;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies an assessment of the balance model (balansmeting). Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record AssessmentId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public AssessmentId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static AssessmentId of(String value) {
        return new AssessmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
