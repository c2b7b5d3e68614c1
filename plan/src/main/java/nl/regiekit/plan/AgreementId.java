package nl.regiekit.plan;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies an agreement (afspraak) of a help plan. Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record AgreementId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public AgreementId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
