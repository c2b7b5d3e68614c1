package nl.regiekit.plan;

import static nl.regiekit.plan.SamplePlans.CHILD;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.AcuteDanger;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.ContactKind;
import nl.regiekit.casemodel.ContactOutcome;
import nl.regiekit.casemodel.CriteriaSet;
import nl.regiekit.casemodel.Criterion;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.Introducer;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OutreachPolicy;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProblemCode;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Referrer;
import nl.regiekit.casemodel.ReferrerKind;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.MonitorPolicy;
import nl.regiekit.plan.monitor.Signal;
import org.junit.jupiter.api.Test;

/**
 * Domestic-violence case management for the family of {@link SamplePlans}, told by the clock of
 * method §3: a police report on a Friday with acute danger, contact due within two working days, help
 * within three, an inventory with safety among four domains with problems, and first help that must
 * end after three months.
 */
class DomesticViolenceScenarioTests {

    private final Monitor monitor = Monitor.builder().criteria(CriteriaSet.DOMESTIC_VIOLENCE).build();
    private final CaseRules rules = new CaseRules(CasePolicy.DEFAULTS, ConsentPolicy.DEFAULTS,
        LifeDomainCatalogs.builtIn(), CriteriaSet.DOMESTIC_VIOLENCE);

    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 7);

    private List<String> clock(Case subject, LocalDate on) {
        return monitor.signals(subject, List.of(), on).stream().map(Signal::code)
            .filter(c -> c.startsWith("SIGNAL-VIOLENCE")).toList();
    }

    private static InventoryEntry entry(String domain, boolean problem, ProblemCode... problems) {
        return new InventoryEntry(LifeDomainCode.of(domain), problem, Optional.empty(), List.of(problems));
    }

    @Test
    void aPoliceReportOnAFridayRunsByWorkingDays() {
        // Friday 7 March 2025: the police report violence at home; the mother and Lina are in acute danger.
        Referral report = new Referral(FRIDAY, Optional.of(new Referrer(ReferrerKind.POLICE_REPORT,
                "Politie Basisteam West", Optional.empty())), Optional.of(new Introducer("Veilig Thuis West",
                Optional.empty(), true)), List.of("Melding huiselijk geweld"), List.of("Acuut gevaar"),
            List.of(Criterion.PROBLEMS_IN_FOUR_OR_MORE_DOMAINS, Criterion.THREATENED_EVICTION), List.of(),
            Optional.of(new AcuteDanger(FRIDAY, List.of(MOTHER, CHILD))));
        Case reported = Case.refer(CaseId.of("case-2025-0311"), LifeDomainCatalogs.DOMESTIC_VIOLENCE.id(),
                SamplePlans.caseInExecution().family(), report)
            .decide(new IntakeDecision.Accepted(FRIDAY))
            .withTeam(t -> t.withCaseManager(new Professional(ProfessionalId.of("cm-dv-1"), "Anouk Visser")))
            .advanceTo(Phase.INTRODUCTION, FRIDAY);

        // Contact is due on Tuesday, not Sunday; help on Wednesday.
        assertThat(clock(reported, LocalDate.of(2025, 3, 10))).isEmpty();
        assertThat(monitor.signals(reported, List.of(), LocalDate.of(2025, 3, 11)))
            .filteredOn(s -> s.code().startsWith("SIGNAL-VIOLENCE")).extracting(Signal::code, Signal::due)
            .containsExactly(tuple("SIGNAL-VIOLENCE-CONTACT-DUE", LocalDate.of(2025, 3, 11)));

        // Tuesday: Veilig Thuis takes the case manager along; Wednesday the mother and Lina go to the women's
        // shelter. Both deadlines are met.
        Case safe = reported
            .recordContactAttempt(ContactAttempt.contactWithAppointment(LocalDate.of(2025, 3, 11),
                ContactKind.THROUGH_INTRODUCER, LocalDate.of(2025, 3, 12)))
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 3, 12), LifeDomainCode.of("safety"),
                List.of(MOTHER, CHILD), Optional.empty(), "Opvang in de vrouwenopvang geregeld"));
        assertThat(clock(safe, LocalDate.of(2025, 3, 13))).isEmpty();
        assertThat(safe.outreachOrNone().attempts()).extracting(ContactAttempt::outcome)
            .containsExactly(ContactOutcome.CONTACT_MADE);

        // The inventory: violence and threats on safety, and problems on family, health and finances: four
        // domains, as the domestic-violence criterion asks. A threatened eviction is not one of its criteria.
        Case inventoried = safe.withInventory(new ProblemInventory(List.of(
            entry("family", true), entry("school", false), entry("work", false), entry("leisure", false),
            entry("health", true), entry("finances", true),
            entry("safety", true, ProblemCode.of("violence"), ProblemCode.of("threats"))), Optional.of(
                LocalDate.of(2025, 3, 28))));
        assertThat(rules.check(inventoried)).extracting(Finding::code, Finding::pointer).containsExactly(
            tuple("CASE-CRITERION-OUTSIDE-SET", "/referral/criteria/1"));
        assertThat(inventoried.outreachOrNone().inventory().orElseThrow().problemDomains()).hasSize(4);

        // Had only three domains had problems, the recorded criterion would not hold.
        Case fewer = safe.withInventory(new ProblemInventory(List.of(entry("family", true), entry("health", true),
            entry("safety", true, ProblemCode.of("violence"))), Optional.empty()));
        assertThat(rules.check(fewer)).extracting(Finding::code)
            .contains("CASE-CRITERION-NOT-MET");

        // First help by the case manager ends by 7 June: on 10 June it is past.
        assertThat(clock(inventoried.advanceTo(Phase.CONTACT_AND_MOTIVATION, LocalDate.of(2025, 3, 31)),
            LocalDate.of(2025, 6, 10))).containsExactly("SIGNAL-VIOLENCE-FIRST-HELP-OVER");
    }
}
