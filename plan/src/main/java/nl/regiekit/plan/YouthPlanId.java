package nl.regiekit.plan;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies a youth plan (jeugdplan). Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record YouthPlanId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public YouthPlanId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static YouthPlanId of(String value) {
        return new YouthPlanId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
