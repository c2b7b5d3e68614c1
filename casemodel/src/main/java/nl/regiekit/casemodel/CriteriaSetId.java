package nl.regiekit.casemodel;

/**
 * Identifies an organisation's set of admission criteria, such as {@code domestic-violence} (method §3). Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record CriteriaSetId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public CriteriaSetId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static CriteriaSetId of(String value) {
        return new CriteriaSetId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
