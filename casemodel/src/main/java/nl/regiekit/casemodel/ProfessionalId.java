package nl.regiekit.casemodel;

/**
 * Identifies a professional: case manager, youth worker, buddy or contact person (hulpverlener). Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record ProfessionalId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public ProfessionalId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static ProfessionalId of(String value) {
        return new ProfessionalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
