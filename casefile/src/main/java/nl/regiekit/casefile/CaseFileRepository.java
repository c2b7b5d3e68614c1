package nl.regiekit.casefile;

import java.time.Clock;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.storage.Repository;

/**
 * The storage port for whole case files, keyed by their case's identifier: what a vendor, or the
 * Regiekit service, implements behind its own database. The contract is {@link Repository}'s:
 * optimistic versioning with an atomic compare-and-save.
 */
public interface CaseFileRepository extends Repository<CaseId, CaseFile> {

    /**
     * A case-file repository in memory, for tests and examples.
     *
     * @param clock the clock for the saved-at time of each version
     * @return an empty repository
     * @throws NullPointerException if {@code clock} is null
     */
    static CaseFileRepository inMemory(Clock clock) {
        return new InMemoryCaseFiles(clock);
    }
}
