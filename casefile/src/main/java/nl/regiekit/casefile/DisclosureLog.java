package nl.regiekit.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;

/**
 * The storage port for the disclosure log (verwerkingenlog): every time a stored case file, or a
 * view of it, is handed to an organisation, one {@link Disclosure} is written, in the shape of the
 * Dutch "Logboek dataverwerkingen" standard (trace and span of the request, the processing activity,
 * the receiving organisation, the data subjects by identifier, never by name). Implementations must
 * be thread-safe and must not lose an entry once {@link #record} has returned.
 */
public interface DisclosureLog {

    /**
     * Writes one disclosure.
     *
     * @throws NullPointerException if {@code disclosure} is null
     */
    void record(Disclosure disclosure);

    /**
     * The disclosures of one case, oldest first.
     *
     * @throws NullPointerException if {@code id} is null
     */
    List<Disclosure> about(CaseId id);

    /** A disclosure log in memory, for tests and examples; thread-safe. */
    static DisclosureLog inMemory() {
        return new InMemoryDisclosures();
    }

    /**
     * One disclosure of (part of) a case file to an organisation. Immutable and thread-safe.
     *
     * @param traceId the W3C trace id of the request (32 lower-case hex digits); never null
     * @param spanId the W3C span id of the processing (16 lower-case hex digits); never null
     * @param activity the processing activity, a stable name such as {@code case-file-read}; never null
     * @param organisation the organisation the data went to; never null
     * @param caseId the case the data belongs to; never null
     * @param dataSubjects the members whose data was disclosed, by identifier; never null
     * @param at when it was disclosed; never null
     */
    record Disclosure(String traceId, String spanId, String activity, OrganisationId organisation, CaseId caseId,
                      List<PersonId> dataSubjects, Instant at) {

        /**
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if a trace or span id is not in the W3C form
         */
        public Disclosure {
            Objects.requireNonNull(traceId, "traceId");
            Objects.requireNonNull(spanId, "spanId");
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            dataSubjects = List.copyOf(dataSubjects);
            if (!traceId.matches("[0-9a-f]{32}") || !spanId.matches("[0-9a-f]{16}")) {
                throw new IllegalArgumentException("trace id must be 32 and span id 16 lower-case hex digits");
            }
        }
    }
}
