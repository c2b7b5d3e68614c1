package nl.regiekit.store.postgres;

import nl.regiekit.casemodel.Identifier;

/**
 * Who saved a version, closed a case or erased data: a professional, an organisation or a system account, by
 * identifier (never a name). Immutable and thread-safe.
 *
 * @param value the identifier, of the form {@link Identifier#PATTERN}
 */
public record Author(String value) implements Identifier {

    /** The author of saves through the repository ports, which name none: the store itself. */
    public static final Author SYSTEM = new Author("regiekit-store");

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if {@code value} is not of the identifier form
     */
    public Author {
        Identifier.check(value);
    }

    /**
     * The author with this identifier.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if {@code value} is not of the identifier form
     */
    public static Author of(String value) {
        return new Author(value);
    }
}
