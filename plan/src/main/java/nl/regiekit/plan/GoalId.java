package nl.regiekit.plan;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies a goal (doel) of a help plan. Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record GoalId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public GoalId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static GoalId of(String value) {
        return new GoalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
