package nl.regiekit.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;

/** The in-memory {@link DisclosureLog} that {@link DisclosureLog#inMemory} gives. */
final class InMemoryDisclosures implements DisclosureLog {

    private final List<Disclosure> entries = new ArrayList<>();

    @Override
    public synchronized void record(Disclosure disclosure) {
        entries.add(Objects.requireNonNull(disclosure, "disclosure"));
    }

    @Override
    public synchronized List<Disclosure> ofCase(CaseId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return entries.stream().filter(d -> d.caseId().equals(caseId)).toList();
    }
}
