package nl.regiekit.casefile;

import java.time.Clock;

/** The in-memory case-file repository keeps the repository contract. */
class InMemoryCaseFileRepositoryTests extends CaseFileRepositoryContract {

    @Override
    protected CaseFileRepository empty(Clock clock) {
        return CaseFileRepository.inMemory(clock);
    }
}
