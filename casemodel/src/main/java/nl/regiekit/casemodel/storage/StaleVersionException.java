package nl.regiekit.casemodel.storage;

import java.util.Objects;

import nl.regiekit.casemodel.Identifier;

/**
 * Thrown when a save is based on a version that is no longer the stored one: someone else
 * saved in between. The caller reloads, reapplies its change and saves again; nothing is
 * overwritten silently. The message names the identifier and versions only.
 */
public final class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long expected;
    private final long actual;

    /**
     * @param id the identifier of the aggregate
     * @param expected the version the caller based its change on
     * @param actual the version stored now ({@link Versioned#NEW} if none)
     */
    public StaleVersionException(Identifier id, long expected, long actual) {
        super("stale version for " + Objects.requireNonNull(id, "id").value() + ": expected " + expected
            + ", stored " + actual);
        this.id = id.value();
        this.expected = expected;
        this.actual = actual;
    }

    /** The identifier of the aggregate. */
    public String id() {
        return id;
    }

    /** The version the caller based its change on. */
    public long expected() {
        return expected;
    }

    /** The version stored now, {@link Versioned#NEW} if none. */
    public long actual() {
        return actual;
    }
}
