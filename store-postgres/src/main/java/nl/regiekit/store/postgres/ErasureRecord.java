package nl.regiekit.store.postgres;

import java.time.Instant;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;

/**
 * The audit record an erasure leaves: what kind of erasure, of which case, how many stored versions it
 * touched, when and by whom. It holds no personal data: not the erased person's identifier, let alone a name.
 * Immutable and thread-safe.
 *
 * @param scope whether a whole case or one person in it was erased; never null
 * @param caseId the case; never null
 * @param versions the number of stored versions removed or rewritten; not negative
 * @param at when; never null
 * @param by who erased; never null
 */
public record ErasureRecord(Scope scope, CaseId caseId, int versions, Instant at, Author by) {

    /** What an erasure removed. */
    public enum Scope {
        /** The whole case: every version of its case file and case, and its closing date. */
        CASE,
        /** One person's personal data in every version of the case. */
        PERSON
    }

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code versions} is negative
     */
    public ErasureRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (versions < 0) {
            throw new IllegalArgumentException("versions must not be negative");
        }
    }
}
