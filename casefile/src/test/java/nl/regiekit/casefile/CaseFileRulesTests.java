package nl.regiekit.casefile;

import static nl.regiekit.casefile.SampleCaseFiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.balance.BalanceRules;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.selfreliance.SelfRelianceMeasurement;
import nl.regiekit.balance.selfreliance.SelfRelianceScore;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.genogram.GenogramRules;
import nl.regiekit.genogram.ParentKind;
import nl.regiekit.genogram.Relative;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.Smart;
import nl.regiekit.plan.meeting.MeetingRules;
import nl.regiekit.plan.rules.PlanCodes;
import nl.regiekit.plan.rules.PlanRules;

/**
 * The rules over a whole case file: each rule set's findings at the pointer of its part, the same
 * findings as the rule sets called by hand (a differential over a case file with findings in every
 * part), and the rule sets and clock given are the ones used.
 */
class CaseFileRulesTests {

    private static final Clock CLOCK = SampleCaseFiles.clockAt(TODAY);
    private static final CaseFileRules RULES = RegiekitConfig.defaults().withClock(CLOCK).rules();

    /** The full sample with a flawed self-reliance history and a genogram with an implausibly young parent. */
    private static CaseFile flawed() {
        PersonId late = PersonId.of("p-late-child");
        return SampleCaseFiles.full()
            .withSelfReliance(SelfRelianceHistory.of(Instruments.SELF_RELIANCE_MATRIX_13)
                .with(new SelfRelianceMeasurement(LocalDate.of(2025, 3, 17), SampleCaseFiles.CASE_MANAGER,
                    Optional.of(PersonId.of("p-nobody")), List.of(new SelfRelianceScore(LifeDomainCode.of("no-such"), 2)))))
            .withGenogram(SampleCaseFiles.genogram()
                .with(Relative.of(late, PersonName.of("Roos", "de Wit"), Gender.FEMALE, 1990))
                .withChild(late, ParentKind.BIOLOGICAL, SampleCaseFiles.MOTHER));
    }

    @Test
    void findsNothingInTheSamplePlan() {
        assertThat(RULES.check(SampleCaseFiles.full())).extracting(Finding::pointer)
            .noneMatch(p -> p.startsWith("/plans"));
    }

    @Test
    void aGoalThatIsNotSmartIsAPlanFindingAtItsPointerInTheCaseFile() {
        HelpPlan plan = SampleCaseFiles.plan(SampleCaseFiles.PLAN_ID, List.of(SampleCaseFiles.sleep(),
            SampleCaseFiles.debts().withSmart(Smart.EMPTY), SampleCaseFiles.together()));
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(plan);

        List<Finding> findings = RULES.check(file);

        assertThat(findings).filteredOn(f -> f.code().equals(PlanCodes.GOAL_NOT_SMART.code())).isNotEmpty()
            .allSatisfy(f -> {
                assertThat(f.pointer()).startsWith("/plans/0/versions/0/content/goals/1");
                assertThat(f.subject()).contains(SampleCaseFiles.DEBTS);
            });
    }

    @Test
    void aPlanAfterAnotherIsCheckedAtItsOwnIndex() {
        HelpPlan flawed = SampleCaseFiles.plan(HelpPlanId.of("plan-0311-b"),
            List.of(SampleCaseFiles.debts(), SampleCaseFiles.sleep().withSmart(Smart.EMPTY), SampleCaseFiles.together()));
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(SampleCaseFiles.plan()).withPlan(flawed);

        assertThat(RULES.check(file)).filteredOn(f -> f.code().equals(PlanCodes.GOAL_NOT_SMART.code()))
            .isNotEmpty().allSatisfy(f -> assertThat(f.pointer()).startsWith("/plans/1/versions/0/content/goals/1"));
    }

    @Test
    void putsEachRuleSetsFindingsAtThePointerOfItsPart() {
        List<Finding> findings = RULES.check(flawed());

        assertThat(findings).extracting(Finding::pointer)
            .anyMatch(p -> p.startsWith("/case/"))
            .anyMatch(p -> p.startsWith("/assessments/0/"))
            .anyMatch(p -> p.startsWith("/selfReliance/1/"))
            .anyMatch(p -> p.startsWith("/genogram/"))
            .anyMatch(p -> p.startsWith("/sociogram/"))
            .anyMatch(p -> p.startsWith("/meetings/familyCouncils/0/"))
            .allMatch(p -> p.matches("/(case|plans|assessments|selfReliance|genogram|sociogram|meetings)(/.*)?"));
    }

    @Test
    void givesTheSameFindingsAsTheRuleSetsCalledByHand() {
        CaseFile file = flawed().withPlan(SampleCaseFiles.plan(HelpPlanId.of("plan-0311-b"),
            List.of(SampleCaseFiles.debts().withSmart(Smart.EMPTY), SampleCaseFiles.sleep(), SampleCaseFiles.together())));
        Case subject = file.subject();
        CaseRules caseRules = CaseRules.defaults();
        PlanRules planRules = PlanRules.defaults(CLOCK);
        BalanceRules balanceRules = BalanceRules.defaults();
        GenogramRules genogramRules = GenogramRules.defaults();
        MeetingRules meetingRules = MeetingRules.defaults();

        List<Finding> byHand = new ArrayList<>();
        caseRules.check(subject).forEach(f -> byHand.add(f.under("/case")));
        for (int i = 0; i < file.plans().size(); i++) {
            String prefix = "/plans/" + i;
            planRules.check(file.plans().get(i), subject).forEach(f -> byHand.add(f.under(prefix)));
        }
        for (int i = 0; i < file.assessments().size(); i++) {
            byHand.addAll(balanceRules.check(file.assessments().get(i), "/assessments/" + i, subject));
        }
        for (int i = 0; i < file.selfReliance().size(); i++) {
            byHand.addAll(balanceRules.check(file.selfReliance().get(i), "/selfReliance/" + i, subject));
        }
        genogramRules.check(file.genogram().orElseThrow(), subject.family())
            .forEach(f -> byHand.add(f.under("/genogram")));
        genogramRules.check(file.sociogram().orElseThrow()).forEach(f -> byHand.add(f.under("/sociogram")));
        byHand.addAll(meetingRules.check(subject, file.meetings().orElseThrow()));

        // Not vacuous: every rule set finds something in this file.
        assertThat(byHand.stream().map(f -> f.pointer().split("/")[1]).distinct())
            .contains("case", "plans", "assessments", "selfReliance", "genogram", "sociogram", "meetings");
        assertThat(RULES.check(file)).isEqualTo(byHand);
    }

    @Test
    void thePartsAloneGetTheSameFindingsAsTheRuleSetsCalledByHand() {
        CaseFile file = flawed();
        HelpPlan plan = SampleCaseFiles.plan(SampleCaseFiles.PLAN_ID,
            List.of(SampleCaseFiles.debts().withSmart(Smart.EMPTY), SampleCaseFiles.sleep(), SampleCaseFiles.together()));
        BalanceRules balanceRules = BalanceRules.defaults();
        List<Finding> balance = new ArrayList<>(balanceRules.check(file.assessments().get(0), "/assessments/0"));
        balance.addAll(balanceRules.check(file.selfReliance().get(0), "/selfReliance/0"));
        balance.addAll(balanceRules.check(file.selfReliance().get(1), "/selfReliance/1"));

        assertThat(RULES.plan(plan)).isNotEmpty().isEqualTo(PlanRules.defaults(CLOCK).check(plan).stream()
            .map(f -> f.under("/plan")).toList());
        assertThat(RULES.balance(file.assessments(), file.selfReliance())).isNotEmpty().isEqualTo(balance);
        assertThat(RULES.genogram(file.genogram().orElseThrow())).isNotEmpty()
            .isEqualTo(GenogramRules.defaults().check(file.genogram().orElseThrow()).stream()
                .map(f -> f.under("/genogram")).toList());
        assertThat(RULES.sociogram(file.sociogram().orElseThrow())).isNotEmpty()
            .isEqualTo(GenogramRules.defaults().check(file.sociogram().orElseThrow()).stream()
                .map(f -> f.under("/sociogram")).toList());
        assertThat(RULES.meetings(file.meetings().orElseThrow())).isNotEmpty()
            .isEqualTo(MeetingRules.defaults().check(file.meetings().orElseThrow(), "/meetings"))
            .allSatisfy(f -> assertThat(f.pointer()).startsWith("/meetings/familyCouncils/0/"));
    }

    @Test
    void readsTodayFromTheClockItIsGiven() {
        // The contact phase began on 2025-03-03; the plan is due four months later.
        CaseFile withoutPlan = CaseFile.of(SampleCaseFiles.subject());

        List<Finding> early = RULES.check(withoutPlan);
        List<Finding> late = RegiekitConfig.defaults().withClock(SampleCaseFiles.clockAt(LocalDate.of(2025, 9, 1))).rules()
            .check(withoutPlan);

        assertThat(early).noneMatch(f -> f.code().equals(PlanCodes.NOT_READY_IN_TIME.code()));
        assertThat(late).filteredOn(f -> f.code().equals(PlanCodes.NOT_READY_IN_TIME.code()))
            .extracting(Finding::pointer).containsExactly("/plans");
    }

    @Test
    void checksACaseJustReferredWithoutThrowing() {
        Case referred = Case.refer(SampleCaseFiles.CASE_ID, SampleCaseFiles.subject().catalog(),
            SampleCaseFiles.subject().family(), SampleCaseFiles.subject().referral());

        assertThat(RULES.check(CaseFile.of(referred))).allMatch(f -> f.pointer().startsWith("/case"));
    }
}
