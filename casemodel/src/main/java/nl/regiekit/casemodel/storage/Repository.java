package nl.regiekit.casemodel.storage;

import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.Identifier;

/**
 * A storage port for one kind of aggregate, with optimistic versioning: every save names the
 * version it was based on, and a save based on a stale version is refused. Implementations
 * must be thread-safe and must make the compare-and-save atomic (for example an
 * {@code UPDATE ... WHERE version = ?} that checks the row count).
 *
 * @param <K> the identifier type
 * @param <T> the aggregate type
 */
public interface Repository<K extends Identifier, T> {

    /**
     * The stored aggregate with this identifier and its version, if there is one.
     *
     * @throws NullPointerException if {@code id} is null
     */
    Optional<Versioned<T>> find(K id);

    /**
     * Stores {@code value} as the next version.
     *
     * @param value the aggregate
     * @param expectedVersion the version the change was based on: {@link Versioned#NEW} for a
     *     new aggregate, else the version returned by {@link #find} or the last save
     * @return the stored aggregate with its new version
     * @throws NullPointerException if {@code value} is null
     * @throws StaleVersionException if the stored version is not {@code expectedVersion}
     */
    Versioned<T> save(T value, long expectedVersion);

    /** The identifiers of all stored aggregates, in no particular order. */
    List<K> ids();

    /**
     * Every stored version of the aggregate with this identifier, oldest first; empty if there is none.
     * A version once stored stays as it was: history is what was saved, never rewritten (an erasure by
     * law apart, which a store documents).
     *
     * @throws NullPointerException if {@code id} is null
     */
    List<Versioned<T>> history(K id);

    /**
     * The stored version {@code version} of the aggregate with this identifier, if there is one.
     *
     * @throws NullPointerException if {@code id} is null
     */
    Optional<Versioned<T>> version(K id, long version);
}
