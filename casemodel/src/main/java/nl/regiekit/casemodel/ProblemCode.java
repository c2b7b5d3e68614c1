package nl.regiekit.casemodel;

/**
 * Identifies a problem within a life domain of a catalogue, such as {@code violence} on the safety domain. Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record ProblemCode(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public ProblemCode {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static ProblemCode of(String value) {
        return new ProblemCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
