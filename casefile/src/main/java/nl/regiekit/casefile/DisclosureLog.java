package nl.regiekit.casefile;

import java.util.List;

import nl.regiekit.casemodel.CaseId;

/**
 * The disclosure log (verstrekkingenlog): the port where every disclosure of a case to an organisation is
 * written, append-only, so that the organisation can show afterwards who received what about whom, when and
 * on what basis (method §11). A vendor implements it beside its own storage; the PostgreSQL store
 * ({@code regiekit-store-postgres}) implements it as a table. Implementations must be thread-safe, must never
 * change or remove an entry, and must keep a written entry once {@link #record} returns.
 */
public interface DisclosureLog {

    /**
     * Appends one disclosure.
     *
     * @throws NullPointerException if {@code disclosure} is null
     */
    void record(Disclosure disclosure);

    /**
     * The disclosures of one case, oldest first.
     *
     * @throws NullPointerException if {@code caseId} is null
     */
    List<Disclosure> ofCase(CaseId caseId);

    /** A disclosure log in memory, for tests and examples; thread-safe. */
    static DisclosureLog inMemory() {
        return new InMemoryDisclosures();
    }
}
