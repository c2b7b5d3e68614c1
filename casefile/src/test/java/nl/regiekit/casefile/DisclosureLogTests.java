package nl.regiekit.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;

/** The in-memory disclosure log keeps what it is given per case, and a disclosure checks its trace ids. */
class DisclosureLogTests {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    private static Disclosure disclosure(String caseId) {
        return new Disclosure(TRACE, SPAN, Instant.parse("2026-04-20T10:00:00Z"), OrganisationId.of("org-a"),
            "case-file-read", "case-management", LawfulBasis.CONSENT, CaseId.of(caseId), List.of(PersonId.of("p-1")));
    }

    @Test
    void keepsTheDisclosuresOfEachCaseInOrder() {
        DisclosureLog log = DisclosureLog.inMemory();
        log.record(disclosure("case-1"));
        log.record(disclosure("case-2"));
        log.record(disclosure("case-1"));

        assertThat(log.ofCase(CaseId.of("case-1"))).hasSize(2).allMatch(d -> d.caseId().equals(CaseId.of("case-1")));
        assertThat(log.ofCase(CaseId.of("case-3"))).isEmpty();
    }

    @Test
    void refusesTraceIdsNotInTheW3cForm() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Disclosure("not-hex", SPAN, Instant.EPOCH,
            OrganisationId.of("org-a"), "case-file-read", "case-management", LawfulBasis.CONSENT, CaseId.of("case-1"),
            List.of(PersonId.of("p-1"))));
    }
}
