package nl.regiekit.plan;

import static nl.regiekit.plan.SamplePlans.CHILD;
import static nl.regiekit.plan.SamplePlans.CHILDREN;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static nl.regiekit.plan.SamplePlans.HOUSING;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.ContactKind;
import nl.regiekit.casemodel.ContactOutcome;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.Outreach;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.Signal;
import nl.regiekit.plan.view.WhoDoesWhat;
import org.junit.jupiter.api.Test;

/**
 * The first phase of the Hendriks-Kaya case of {@link SamplePlans}, told as the case manager would:
 * a door that stays closed, the monitor that notices, the introducer who opens it, practical help on
 * the spot before any plan, and the problem inventory that ends the contact phase (method §1, §4).
 */
class OutreachScenarioTests {

    private final Monitor monitor = Monitor.defaults();
    private final CaseRules rules = CaseRules.defaults();

    /** The sample case as it stood in its first {@code phases} phases, with {@code outreach}. */
    private static Case upTo(int phases, Outreach outreach) {
        Case full = SamplePlans.caseInExecution();
        return new Case(full.id(), full.catalog(), full.family(), full.referral(), full.decisions(),
            full.phases().subList(0, phases), full.model(), full.team(), full.organisations(), full.consents(),
            full.exchanges(), Optional.of(outreach));
    }

    private static List<String> codes(List<Signal> signals) {
        return signals.stream().map(Signal::code).filter(c -> c.contains("CONTACT")).toList();
    }

    @Test
    void theHendriksKayaFamilyFromAClosedDoorToTheAgreedInventory() {
        // 20 January 2025, introduction. The case manager rings the bell the next day; nobody opens. A letter on
        // 24 January is not answered either.
        Case introduced = upTo(1, Outreach.NONE)
            .recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 1, 21), ContactKind.HOME_VISIT,
                ContactOutcome.NO_RESPONSE))
            .recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 1, 24), ContactKind.LETTER,
                ContactOutcome.NO_RESPONSE));
        assertThat(codes(monitor.signals(introduced, List.of(), LocalDate.of(2025, 2, 3)))).isEmpty();

        // 3 February the team starts the contact phase. By 10 February nobody has been back for two weeks: the
        // monitor says the attempts stopped.
        Case contactPhase = upTo(2, introduced.outreach().orElseThrow());
        assertThat(monitor.signals(contactPhase, List.of(), LocalDate.of(2025, 2, 10)))
            .filteredOn(s -> s.code().contains("CONTACT"))
            .extracting(Signal::code, Signal::due)
            .containsExactly(tuple("SIGNAL-CONTACT-ATTEMPTS-STOPPED", LocalDate.of(2025, 2, 7)));

        // 11 February the neighbourhood team takes the case manager along: the door opens and the one goal of the
        // first meeting is reached, a follow-up appointment on 18 February. The monitor has nothing left to say.
        Case opened = contactPhase.recordContactAttempt(ContactAttempt.contactWithAppointment(
            LocalDate.of(2025, 2, 11), ContactKind.THROUGH_INTRODUCER, LocalDate.of(2025, 2, 18)));
        assertThat(opened.outreachOrNone().followUpAppointment()).contains(LocalDate.of(2025, 2, 18));
        assertThat(codes(monitor.signals(opened, List.of(), LocalDate.of(2025, 3, 10)))).isEmpty();

        // The electricity was cut off: debt counselling gets it back the next day for the whole family; the case
        // manager arranges a bed for Lina in person. Both are recorded before any plan exists.
        Case helped = opened
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 2, 12), HOUSING, List.of(), Optional.of(DEBT),
                "Energie weer aangesloten"))
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 2, 13), CHILDREN, List.of(CHILD),
                Optional.empty(), "Bed voor Lina"));

        // The problem inventory is drawn up (the threatened eviction on housing bears out a criterion of the
        // referral), but on 12 May the case enters execution with justice not yet gone
        // through and the family not yet agreed: the rules say so.
        List<InventoryEntry> entries = LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.domains().stream()
            .map(d -> new InventoryEntry(d.code(), d.code().equals(HOUSING) || d.code().equals(CHILDREN),
                Optional.empty(), d.code().equals(HOUSING) ? List.of(LifeDomainCatalogs.THREATENED_EVICTION) : List.of()))
            .toList();
        Case executing = upTo(3, helped.outreach().orElseThrow())
            .withInventory(new ProblemInventory(entries.subList(0, entries.size() - 1), Optional.empty()));
        assertThat(rules.check(executing)).extracting(Finding::code, Finding::subject).containsExactly(
            tuple("CASE-INVENTORY-INCOMPLETE", Optional.of(LifeDomainCode.of("justice"))),
            tuple("CASE-INVENTORY-NOT-AGREED", Optional.of(CaseId.of("case-2025-0108"))));

        // Recorded as it happened: complete, and agreed with the family on 28 April.
        Case agreed = executing.withInventory(new ProblemInventory(entries, Optional.of(LocalDate.of(2025, 4, 28))));
        assertThat(rules.check(agreed)).isEmpty();
        assertThat(agreed.outreachOrNone().inventory().orElseThrow().problemDomains())
            .containsExactly(HOUSING, CHILDREN);

        // The plan of 1 May: debt counselling's help on the spot stands in who does what beside its goals, in
        // every member's row; the case manager's bed for Lina is in the case, not in the organisations' matrix.
        WhoDoesWhat matrix = WhoDoesWhat.of(agreed, SamplePlans.firstContent());
        assertThat(matrix.cell(MOTHER, HOUSING).orElseThrow().entries())
            .singleElement().satisfies(e -> assertThat(e.practicalHelp()).containsExactly(LocalDate.of(2025, 2, 12)));
        assertThat(matrix.cell(CHILD, HOUSING)).isPresent();
        assertThat(matrix.cell(CHILD, CHILDREN)).isEmpty();
    }
}
