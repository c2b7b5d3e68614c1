package nl.regiekit.plan;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies a help plan (hulpverleningsplan). Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record HelpPlanId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public HelpPlanId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static HelpPlanId of(String value) {
        return new HelpPlanId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
