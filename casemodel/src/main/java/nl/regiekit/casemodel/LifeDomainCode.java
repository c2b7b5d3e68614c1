package nl.regiekit.casemodel;

/**
 * Identifies a life domain within a catalogue, such as {@code housing} (leefgebied). Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record LifeDomainCode(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public LifeDomainCode {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static LifeDomainCode of(String value) {
        return new LifeDomainCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
