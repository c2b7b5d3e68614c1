package nl.regiekit.store.postgres;

import java.time.LocalDate;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;

/**
 * A closed case whose retention period has passed: due for erasure. Immutable and thread-safe.
 *
 * @param caseId the case; never null
 * @param closedOn the date it closed; never null
 * @param dueOn the first date it may be erased, its closing date plus the retention period; never null
 */
public record ErasureDue(CaseId caseId, LocalDate closedOn, LocalDate dueOn) {

    /** @throws NullPointerException if an argument is null */
    public ErasureDue {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
