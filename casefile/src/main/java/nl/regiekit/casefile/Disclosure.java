package nl.regiekit.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;

/**
 * One disclosure (verstrekking) of a case, or part of it, to an organisation, in the fields of the Dutch
 * "Logboek dataverwerkingen" standard: the trace and span of the processing that disclosed it, when, to whom,
 * in which processing activity (verwerkingsactiviteit), for what purpose and on what lawful basis, and about
 * whom by identifier (method §11: "who received what about whom, when and on what basis"). Identifiers and
 * codes only: never a name, BSN or free text. Immutable and thread-safe.
 *
 * @param traceId the W3C trace-context trace id of the processing: 32 lower-case hex digits, not all zero
 * @param spanId the W3C trace-context span id of the operation within it: 16 lower-case hex digits, not all zero
 * @param at when the data was disclosed; never null
 * @param organisation the organisation the data was disclosed to; never null
 * @param processingActivity the processing activity in the register of processing activities, as its code
 *     or URI: 1 to 200 characters without white space; never null
 * @param purpose the purpose (doelbinding) as a code, 1 to 200 characters without white space; never null
 * @param lawfulBasis the lawful basis (grondslag); never null
 * @param caseId the case disclosed from; never null
 * @param dataSubjects the people the disclosed data is about (betrokkenen), by identifier; at least one
 */
public record Disclosure(String traceId, String spanId, Instant at, OrganisationId organisation,
                         String processingActivity, String purpose, LawfulBasis lawfulBasis, CaseId caseId,
                         List<PersonId> dataSubjects) {

    /**
     * @throws NullPointerException if an argument or a data subject is null
     * @throws IllegalArgumentException if a trace or span id, the processing activity or the purpose is not of
     *     the form above, or there is no data subject
     */
    public Disclosure {
        hex(Objects.requireNonNull(traceId, "traceId"), 32, "traceId");
        hex(Objects.requireNonNull(spanId, "spanId"), 16, "spanId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(organisation, "organisation");
        code(Objects.requireNonNull(processingActivity, "processingActivity"), "processingActivity");
        code(Objects.requireNonNull(purpose, "purpose"), "purpose");
        Objects.requireNonNull(lawfulBasis, "lawfulBasis");
        Objects.requireNonNull(caseId, "caseId");
        dataSubjects = List.copyOf(dataSubjects);
        if (dataSubjects.isEmpty()) {
            throw new IllegalArgumentException("a disclosure is about at least one data subject");
        }
    }

    private static void hex(String value, int length, String field) {
        boolean hex = value.length() == length && value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
        if (!hex || value.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException(field + " must be " + length + " lower-case hex digits, not all zero");
        }
    }

    private static void code(String value, String field) {
        if (value.isEmpty() || value.length() > 200 || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(field + " must be 1 to 200 characters without white space");
        }
    }
}
