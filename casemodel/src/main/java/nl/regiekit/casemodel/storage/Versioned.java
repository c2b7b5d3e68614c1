package nl.regiekit.casemodel.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored aggregate with its version: the number a caller passes back when it saves a change,
 * so that a change based on an older version is refused. Immutable and thread-safe.
 *
 * @param value the aggregate; never null
 * @param version the version, 1 for the first save
 * @param savedAt when this version was saved; never null
 * @param <T> the aggregate type
 */
public record Versioned<T>(T value, long version, Instant savedAt) {

    /** The version to pass when saving an aggregate that was never stored. */
    public static final long NEW = 0;

    /**
     * @throws NullPointerException if {@code value} or {@code savedAt} is null
     * @throws IllegalArgumentException if {@code version} is below 1
     */
    public Versioned {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(savedAt, "savedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
    }
}
