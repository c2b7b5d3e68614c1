package nl.regiekit.balance;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies a factor of the balance model within its catalogue, such as {@code debts} (factor). Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record FactorId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public FactorId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static FactorId of(String value) {
        return new FactorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
