package nl.regiekit.plan.rules;

import static nl.regiekit.plan.SamplePlans.ADDICTION;
import static nl.regiekit.plan.SamplePlans.CHILD;
import static nl.regiekit.plan.SamplePlans.DAYTIME;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static nl.regiekit.plan.SamplePlans.FATHER;
import static nl.regiekit.plan.SamplePlans.FINANCES;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static nl.regiekit.plan.SamplePlans.SCHOOL;
import static nl.regiekit.plan.SamplePlans.TODAY;
import static nl.regiekit.plan.SamplePlans.YOUTH;
import static nl.regiekit.plan.SamplePlans.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.Locale;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Attainment;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.EndTerm;
import nl.regiekit.plan.EndTermResult;
import nl.regiekit.plan.EndTermScore;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.EvaluationKind;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalScore;
import nl.regiekit.plan.GoalSource;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.PlanPolicy;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.SamplePlans;
import nl.regiekit.plan.Smart;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.TrajectoryStatus;
import nl.regiekit.plan.VersionReason;
import nl.regiekit.plan.YouthPlan;
import nl.regiekit.plan.YouthPlanDomain;
import nl.regiekit.plan.YouthPlanId;
import org.junit.jupiter.api.Test;

/**
 * One test per plan rule: the sample plan, in which the rules find nothing, with one thing
 * changed, and the finding that change must give. Without the rule the test fails.
 */
class PlanRulesTests {

    private static final PlanRules RULES = PlanRules.defaults(SamplePlans.clockAt(TODAY));
    private static final Case CASE = SamplePlans.caseInExecution();
    private static final String CONTENT = "/versions/0/content";

    private static List<Finding> check(HelpPlan plan) {
        return RULES.check(plan, CASE);
    }

    private static HelpPlan withContent(UnaryOperator<PlanContent> change) {
        return HelpPlan.draft(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, SamplePlans.PLAN_DATE,
            SamplePlans.CASE_MANAGER, change.apply(SamplePlans.firstContent())).withYouthPlan(SamplePlans.youthPlan());
    }

    @Test
    void findsNothingInTheSamplePlan() {
        assertThat(check(SamplePlans.firstPlan())).isEmpty();
        assertThat(RULES.check(CASE, List.of(SamplePlans.firstPlan()))).isEmpty();
    }

    @Test
    void namesEachMissingSmartPart() {
        HelpPlan plan = withContent(c -> c.withGoalChanged(SCHOOL, g -> g.withSmart(new Smart(
            g.smart().outcome(), Optional.of(" "), g.smart().achievable(), g.smart().relevant(), Optional.empty()))));

        assertThat(check(plan)).filteredOn(f -> f.code().equals("PLAN-GOAL-NOT-SMART"))
            .extracting(Finding::pointer, f -> f.message(Locale.ENGLISH))
            .containsExactly(
                tuple(CONTENT + "/goals/1/smart",
                    "Goal g-school is not SMART: the part MEASURABLE is missing."),
                tuple(CONTENT + "/goals/1/smart",
                    "Goal g-school is not SMART: the part TIME_BOUND is missing."));
    }

    @Test
    void reportsAProblemDomainWithoutGoalTrajectoryOrReason() {
        LifeDomainCode justice = LifeDomainCode.of("justice");
        HelpPlan plan = withContent(c -> c.withSituation(
            new DomainSituation(justice, Optional.of("Boete"), true, Optional.empty())));
        HelpPlan reasoned = withContent(c -> c.withSituation(
            new DomainSituation(justice, Optional.of("Boete"), true, Optional.of("Betaalt zelf af"))));

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-DOMAIN-PROBLEM-UNADDRESSED",
                CONTENT + "/situation/5"));
        assertThat(check(reasoned)).isEmpty();
    }

    @Test
    void reportsTwoProvidersOnOneMemberAndDomain() {
        HelpPlan plan = withContent(c -> c.withTrajectory(new Trajectory(TrajectoryId.of("t-school-2"), YOUTH, DAYTIME,
            DEBT, Optional.of(TODAY), Optional.empty(), TrajectoryStatus.RUNNING, Optional.empty(), List.of())));

        assertThat(check(plan)).filteredOn(f -> f.code().equals("PLAN-PROVIDER-OVERLAP"))
            .extracting(Finding::pointer, f -> f.message(Locale.ENGLISH))
            .containsExactly(tuple(CONTENT + "/trajectories/3",
                "Member p-sem gets help on life domain daytime-activities from both organisation org-youth-care "
                    + "and organisation org-debt."));
    }

    @Test
    void reportsAGoalNoOneWorksOn() {
        HelpPlan plan = withContent(c -> c.withGoalChanged(SCHOOL, g -> new Goal(g.id(), g.title(),
            g.term(), g.members(), g.domains(), g.source(), g.proposer(), g.smart(), g.status(), Optional.empty(),
            g.contributor())).withTrajectories(c.trajectories().stream().filter(t -> !t.goals().contains(SCHOOL))
            .toList()));

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-GAP", CONTENT + "/goals/1"));
    }

    @Test
    void warnsWhenOnlyProfessionalsBroughtGoalsForward() {
        HelpPlan plan = withContent(c -> {
            PlanContent changed = c;
            for (Goal goal : c.goals()) {
                changed = changed.withGoalChanged(goal.id(), g -> new Goal(g.id(), g.title(), g.term(), g.members(),
                    g.domains(), GoalSource.PROFESSIONAL, Optional.empty(), g.smart(), g.status(), g.responsible(),
                    g.contributor()));
            }
            return changed;
        });

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer, Finding::severity)
            .containsExactly(tuple("PLAN-GOALS-ONLY-PROFESSIONAL", CONTENT + "/goals",
                Severity.WARNING));
    }

    @Test
    void namesWhatAnAgreementLacks() {
        HelpPlan plan = withContent(c -> c.withAgreement(new Agreement(AgreementId.of("a-vague"), Optional.empty(),
            Optional.of("Beter communiceren"), Optional.empty(), AgreementSource.FAMILY_COUNCIL, TODAY,
            AgreementStatus.OPEN)));

        assertThat(check(plan)).extracting(Finding::code, f -> f.message(Locale.ENGLISH)).containsExactly(
            tuple("PLAN-AGREEMENT-INCOMPLETE",
                "Agreement a-vague does not say WHO: an agreement records who does what and when."),
            tuple("PLAN-AGREEMENT-INCOMPLETE",
                "Agreement a-vague does not say WHEN: an agreement records who does what and when."));
    }

    @Test
    void signalsAnAgreementPastItsDueDateAndNotKept() {
        PlanRules later = PlanRules.defaults(SamplePlans.clockAt(LocalDate.of(2025, 7, 11)));

        List<Finding> findings = later.check(SamplePlans.firstPlan(), CASE);

        assertThat(findings).filteredOn(f -> f.code().equals("PLAN-AGREEMENT-OVERDUE"))
            .extracting(Finding::pointer, f -> f.message(Locale.ENGLISH))
            .containsExactly(tuple(CONTENT + "/agreements/1/due",
                "Agreement a-intake is 10 days past its due date and not kept (OPEN); escalate."));
    }

    @Test
    void reportsATrajectoryWaitingLongerThanThePolicyAllows() {
        PlanRules strict = new PlanRules(CasePolicy.DEFAULTS, PlanPolicy.DEFAULTS.withTrajectoryWaitMax(Period.ofWeeks(4)),
            ConsentPolicy.DEFAULTS,
            LifeDomainCatalogs.builtIn(), SamplePlans.clockAt(TODAY));

        assertThat(strict.check(SamplePlans.firstPlan(), CASE)).extracting(Finding::code, Finding::pointer,
                f -> f.message(Locale.ENGLISH))
            .containsExactly(tuple("PLAN-TRAJECTORY-WAITING-TOO-LONG",
                CONTENT + "/trajectories/2/waitingSince",
                "Trajectory t-gambling has been on the waiting list for 45 days; the policy allows P28D."));
    }

    @Test
    void reportsAContributionWithoutConsent() {
        HelpPlan plan = withContent(c -> c.withTrajectory(new Trajectory(TrajectoryId.of("t-lina"), CHILD, FINANCES,
            ADDICTION, Optional.of(TODAY), Optional.empty(), TrajectoryStatus.RUNNING, Optional.empty(), List.of())));

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer, f -> f.message(Locale.ENGLISH))
            .containsExactly(tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT",
                CONTENT + "/trajectories/3/provider",
                "Organisation org-addiction contributes about member p-lina on life domain financial-situation "
                    + "without consent or another lawful basis."));
    }

    @Test
    void reportsAContributionInAnEarlierVersionThoughALaterVersionPutItRight() {
        // Version 1 had addiction care working on Lina's finances, which nobody consented to; version 2,
        // a month later, dropped it. The month it was in force stays on record.
        PlanContent wrong = SamplePlans.firstContent().withTrajectory(new Trajectory(TrajectoryId.of("t-lina"), CHILD,
            FINANCES, ADDICTION, Optional.of(SamplePlans.PLAN_DATE), Optional.empty(), TrajectoryStatus.RUNNING,
            Optional.empty(), List.of()));
        HelpPlan plan = HelpPlan.draft(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, SamplePlans.PLAN_DATE,
                SamplePlans.CASE_MANAGER, wrong).withYouthPlan(SamplePlans.youthPlan())
            .revise(SamplePlans.PLAN_DATE.plusMonths(1), SamplePlans.CASE_MANAGER, VersionReason.CHANGE_OF_SITUATION,
                SamplePlans.firstContent());

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT", CONTENT + "/trajectories/3/provider"));
    }

    @Test
    void reportsAContributionThatLostItsConsentWhileTheVersionWasInForce() {
        // The father withdraws his consent to debt counselling after the plan was made: the debts goal
        // (about both parents) is contributed without it from then on.
        Case withdrawn = CASE.changeConsent(ConsentId.of("c-debt-father"),
            new ConsentChange(SamplePlans.PLAN_DATE.plusDays(20), ConsentStatus.WITHDRAWN));

        assertThat(RULES.check(SamplePlans.firstPlan(), withdrawn)).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT", CONTENT + "/goals/0/contributor"));
        assertThat(check(SamplePlans.firstPlan())).isEmpty();
    }

    @Test
    void reportsASystemGoalContributedWithConsentForSomeMembersOnly() {
        HelpPlan plan = withContent(c -> c.withGoalChanged(SamplePlans.FAMILY_EVENING, g -> new Goal(g.id(),
            g.title(), g.term(), g.members(), g.domains(), g.source(), g.proposer(), g.smart(), g.status(),
            g.responsible(), Optional.of(YOUTH_CARE))));

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT",
                CONTENT + "/goals/3/contributor"));
    }

    @Test
    void reportsAnOrganisationResponsibleForAGoalWithoutConsent() {
        HelpPlan plan = withContent(c -> c.withGoalChanged(SamplePlans.FAMILY_EVENING, g -> new Goal(g.id(),
            g.title(), g.term(), List.of(MOTHER), g.domains(), g.source(), g.proposer(), g.smart(), g.status(),
            Optional.of(Responsible.organisation(ADDICTION)), Optional.empty())));

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT", CONTENT + "/goals/3/responsible"));
    }

    @Test
    void reportsAContributorThatIsNotInvolved() {
        HelpPlan plan = withContent(c -> c.withTrajectory(new Trajectory(TrajectoryId.of("t-x"), MOTHER, FINANCES,
            OrganisationId.of("org-unknown"), Optional.empty(), Optional.empty(), TrajectoryStatus.RUNNING,
            Optional.empty(), List.of())));

        assertThat(check(plan)).extracting(Finding::code).contains("PLAN-CONTRIBUTOR-NOT-INVOLVED");
    }

    @Test
    void reportsMembersAndDomainsOutsideTheCase() {
        HelpPlan plan = withContent(c -> c.withTrajectory(new Trajectory(TrajectoryId.of("t-x"), PersonId.of("p-x"),
            LifeDomainCode.of("income"), DEBT, Optional.empty(), Optional.empty(), TrajectoryStatus.RUNNING,
            Optional.empty(), List.of())));

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer).contains(
            tuple("PLAN-UNKNOWN-MEMBER", CONTENT + "/trajectories/3/member"),
            tuple("CASE-UNKNOWN-LIFE-DOMAIN", CONTENT + "/trajectories/3/domain"));
    }

    @Test
    void reportsAPlanOfAnotherCase() {
        HelpPlan plan = new HelpPlan(SamplePlans.PLAN_ID, CaseId.of("case-other"),
            SamplePlans.firstPlan().versions(), List.of(), List.of());

        assertThat(check(plan)).extracting(Finding::code).containsExactly("PLAN-CASE-MISMATCH");
    }

    @Test
    void reportsAYouthPlanForSomeoneOutsideTheAgeRange() {
        HelpPlan plan = SamplePlans.firstPlan().withYouthPlan(new YouthPlan(YouthPlanId.of("yp-lina"), CHILD,
            SamplePlans.YOUTH_WORKER, TODAY, List.of()));
        PlanRules younger = new PlanRules(CasePolicy.DEFAULTS.withYoungPersonAges(6, 24), PlanPolicy.DEFAULTS, ConsentPolicy.DEFAULTS,
            LifeDomainCatalogs.builtIn(), SamplePlans.clockAt(TODAY));

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer, f -> f.message(Locale.ENGLISH))
            .containsExactly(tuple("PLAN-YOUTH-PLAN-AGE", "/youthPlans/1/youngPerson",
                "Youth plan yp-lina is for member p-lina, who was 7 on the plan's date; the policy asks 12 to 24."));
        assertThat(younger.check(plan, CASE)).isEmpty();
    }

    @Test
    void reportsAYouthPlanDomainNotAlignedWithTheFamilyPlan() {
        HelpPlan plan = SamplePlans.firstPlan().withYouthPlan(new YouthPlan(YouthPlanId.of("yp-sem-2"), YOUTH,
            SamplePlans.YOUTH_WORKER, TODAY, List.of(
                new YouthPlanDomain(SamplePlans.WELL_BEING, Optional.empty(), List.of("Sporten"), List.of()),
                // A goal of the family plan, but of another member.
                new YouthPlanDomain(FINANCES, Optional.empty(), List.of("Zakgeld"), List.of(SamplePlans.GAMBLING)),
                new YouthPlanDomain(DAYTIME, Optional.empty(), List.of("Stage"), List.of(SCHOOL)))));

        assertThat(check(plan)).extracting(Finding::code, Finding::pointer).containsExactly(
            tuple("PLAN-YOUTH-PLAN-NOT-ALIGNED", "/youthPlans/1/domains/0"),
            tuple("PLAN-YOUTH-PLAN-NOT-ALIGNED", "/youthPlans/1/domains/1"));
    }

    @Test
    void reportsAPlanNotReadyWithinThePolicyPeriod() {
        HelpPlan late = HelpPlan.draft(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, LocalDate.of(2025, 6, 10),
            SamplePlans.CASE_MANAGER, SamplePlans.firstContent());

        assertThat(check(late)).extracting(Finding::code, Finding::pointer, f -> f.message(Locale.ENGLISH))
            .containsExactly(tuple("PLAN-NOT-READY-IN-TIME", "/versions/0/date",
                "The help plan was not ready 127 days after the contact phase began; the policy asks P4M."));
    }

    @Test
    void reportsACaseWithoutPlanPastThePolicyPeriod() {
        assertThat(RULES.check(CASE, List.of())).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-NOT-READY-IN-TIME", "/plans"));
        assertThat(PlanRules.defaults(SamplePlans.clockAt(LocalDate.of(2025, 6, 3))).check(CASE, List.of()))
            .isEmpty();
    }

    @Test
    void reportsAnInterimEvaluationNotHeldInTime() {
        PlanRules later = PlanRules.defaults(SamplePlans.clockAt(LocalDate.of(2025, 8, 2)));
        HelpPlan heldLate = SamplePlans.firstPlan().evaluate(interim(LocalDate.of(2025, 8, 20)));
        HelpPlan heldInTime = SamplePlans.firstPlan().evaluate(interim(LocalDate.of(2025, 7, 30)));

        assertThat(later.check(SamplePlans.firstPlan())).extracting(Finding::code, Finding::pointer)
            .contains(tuple("PLAN-INTERIM-EVALUATION-LATE", "/evaluations"));
        assertThat(later.check(heldLate)).extracting(Finding::code, Finding::pointer)
            .contains(tuple("PLAN-INTERIM-EVALUATION-LATE", "/evaluations/0/date"));
        assertThat(later.check(heldInTime)).extracting(Finding::code).doesNotContain("PLAN-INTERIM-EVALUATION-LATE");
    }

    @Test
    void reportsEachEndTermAFinalEvaluationLeavesUnscored() {
        List<EndTermScore> allButTwo = Arrays.stream(EndTerm.values())
            .filter(t -> t != EndTerm.FINANCES_IMPROVED && t != EndTerm.ISOLATION_BROKEN)
            .map(t -> new EndTermScore(t, EndTermResult.MET)).toList();
        HelpPlan plan = SamplePlans.firstPlan().evaluate(new Evaluation(EvaluationId.of("ev-final"),
            EvaluationKind.FINAL, LocalDate.of(2025, 6, 1), 1, allScores(), allButTwo));

        assertThat(check(plan)).extracting(Finding::code, f -> f.message(Locale.ENGLISH)).containsExactly(
            tuple("PLAN-END-TERM-UNSCORED",
                "The final evaluation does not score end term ISOLATION_BROKEN."),
            tuple("PLAN-END-TERM-UNSCORED",
                "The final evaluation does not score end term FINANCES_IMPROVED."));
    }

    @Test
    void reportsAGoalAnEvaluationDoesNotScore() {
        HelpPlan plan = SamplePlans.firstPlan().evaluate(new Evaluation(EvaluationId.of("ev-1"),
            EvaluationKind.INTERIM, LocalDate.of(2025, 6, 1), 1,
            List.of(new GoalScore(SamplePlans.DEBTS, Attainment.PARTLY_REACHED)), List.of()));

        assertThat(check(plan)).filteredOn(f -> f.code().equals("PLAN-EVALUATION-GOAL-UNSCORED"))
            .extracting(Finding::pointer).containsExactly("/evaluations/0/scores", "/evaluations/0/scores",
                "/evaluations/0/scores");
    }

    @Test
    void findingsCarryIdentifiersOnly() {
        HelpPlan plan = withContent(c -> c.withAgreement(new Agreement(AgreementId.of("a-vague"),
            Optional.of(Responsible.member(FATHER)), Optional.empty(), Optional.empty(), AgreementSource.PLAN, TODAY,
            AgreementStatus.OPEN)));

        assertThat(check(plan)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.message(Locale.forLanguageTag("nl"))).doesNotContain("Erik", "Hendriks", "Kaya");
            assertThat(f.subject()).contains(AgreementId.of("a-vague"));
        });
    }

    private static Evaluation interim(LocalDate date) {
        return new Evaluation(EvaluationId.of("ev-interim"), EvaluationKind.INTERIM, date, 1, allScores(), List.of());
    }

    private static List<GoalScore> allScores() {
        return SamplePlans.firstContent().goals().stream()
            .map(g -> new GoalScore(g.id(), Attainment.LARGELY_REACHED)).toList();
    }
}
