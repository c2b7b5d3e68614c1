package nl.regiekit.casemodel;

/**
 * Identifies a catalogue of life domains (leefgebiedenlijst), such as {@code regiekit:active-case-management}. Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record LifeDomainCatalogId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public LifeDomainCatalogId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static LifeDomainCatalogId of(String value) {
        return new LifeDomainCatalogId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
