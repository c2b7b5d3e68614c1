package nl.regiekit.plan.meeting;

import nl.regiekit.casemodel.Identifier;

/**
 * Identifies a meeting (overleg): a family council or a care conference. Immutable and thread-safe.
 *
 * @param value the identifier's text; see {@link Identifier#PATTERN}
 */
public record MeetingId(String value) implements Identifier {

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public MeetingId {
        Identifier.check(value);
    }

    /**
     * The identifier with this text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if it does not match {@link Identifier#PATTERN}
     */
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
