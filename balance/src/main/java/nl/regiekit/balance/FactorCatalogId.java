package nl.regiekit.balance;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies a catalogue of balance-model factors (factorenlijst), such as {@code regiekit:balance-factors}. Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record FactorCatalogId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public FactorCatalogId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static FactorCatalogId of(String value) {
        return new FactorCatalogId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
