package nl.regiekit.casemodel.storage;

import java.time.Clock;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;

/** A {@link CaseRepository} in memory, for tests and examples. Thread-safe. */
public final class InMemoryCaseRepository extends InMemoryRepository<CaseId, Case> implements CaseRepository {

    /**
     * @param clock the clock for {@link Versioned#savedAt()}
     * @throws NullPointerException if {@code clock} is null
     */
    public InMemoryCaseRepository(Clock clock) {
        super(Case::id, clock);
    }
}
