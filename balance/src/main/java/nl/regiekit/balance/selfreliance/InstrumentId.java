package nl.regiekit.balance.selfreliance;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies a self-reliance instrument (zelfredzaamheidsinstrument), such as {@code regiekit:zrm-13}. Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record InstrumentId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public InstrumentId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static InstrumentId of(String value) {
        return new InstrumentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
