package nl.regiekit.casefile;

import java.time.Clock;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.storage.InMemoryRepository;

/** The in-memory {@link CaseFileRepository} that {@link CaseFileRepository#inMemory} gives. */
final class InMemoryCaseFiles extends InMemoryRepository<CaseId, CaseFile> implements CaseFileRepository {

    InMemoryCaseFiles(Clock clock) {
        super(file -> file.subject().id(), clock);
    }
}
