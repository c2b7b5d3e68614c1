package nl.regiekit.store.postgres;

import java.time.LocalDate;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;

/**
 * A case with the earliest due date of its monitoring signals (signalen), as the store computed it when the
 * case was saved. Immutable and thread-safe.
 *
 * @param caseId the case; never null
 * @param due the earliest due date of its signals; never null
 */
public record DueCase(CaseId caseId, LocalDate due) {

    /** @throws NullPointerException if an argument is null */
    public DueCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(due, "due");
    }
}
