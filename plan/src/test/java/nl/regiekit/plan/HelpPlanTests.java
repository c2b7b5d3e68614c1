package nl.regiekit.plan;

import static nl.regiekit.plan.SamplePlans.CASE_MANAGER;
import static nl.regiekit.plan.SamplePlans.DEBTS;
import static nl.regiekit.plan.SamplePlans.FAMILY_EVENING;
import static nl.regiekit.plan.SamplePlans.GAMBLING;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static nl.regiekit.plan.SamplePlans.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.finding.ModelViolation;
import org.junit.jupiter.api.Test;

class HelpPlanTests {

    private static final LocalDate LATER = LocalDate.of(2025, 8, 1);

    @Test
    void draftsTheFirstVersionAndKeepsItWhenRevised() {
        HelpPlan first = SamplePlans.firstPlan();
        HelpPlan revised = first.revise(LATER, CASE_MANAGER, VersionReason.INTERIM_EVALUATION,
            first.current().content().withoutGoal(FAMILY_EVENING));

        assertThat(first.current().number()).isEqualTo(1);
        assertThat(first.current().reason()).isEqualTo(VersionReason.FIRST_PLAN);
        assertThat(revised.versions()).hasSize(2);
        assertThat(revised.version(1)).isEqualTo(first.current());
        assertThat(revised.current().reason()).isEqualTo(VersionReason.INTERIM_EVALUATION);
        assertThat(revised.versionOn(LATER.minusDays(1))).contains(first.current());
        assertThat(revised.versionOn(SamplePlans.PLAN_DATE.minusDays(1))).isEmpty();
    }

    @Test
    void comparesTwoVersionsGoalByGoal() {
        HelpPlan first = SamplePlans.firstPlan();
        Goal budget = new Goal(GoalId.of("g-budget"), "Budgetcursus", Term.SHORT_TERM, List.of(MOTHER),
            List.of(SamplePlans.FINANCES), GoalSource.MEMBER, Optional.of(MOTHER), Smart.EMPTY, GoalStatus.OPEN,
            Optional.empty(), Optional.empty());
        PlanContent next = first.current().content()
            .withGoalChanged(SCHOOL, g -> g.withStatus(GoalStatus.REACHED))
            .withGoalChanged(DEBTS, g -> g.withSmart(g.smart().withTargetDate(LocalDate.of(2026, 6, 1))))
            .withoutGoal(GAMBLING)
            .withGoal(budget);
        HelpPlan revised = first.revise(LATER, CASE_MANAGER, VersionReason.INTERIM_EVALUATION, next);

        PlanComparison comparison = revised.compare(1, 2);

        assertThat(comparison.added()).containsExactly(GoalId.of("g-budget"));
        assertThat(comparison.changed()).containsExactly(DEBTS);
        assertThat(comparison.dropped()).containsExactly(GAMBLING);
        assertThat(comparison.reached()).containsExactly(SCHOOL);
        assertThat(revised.compare(2, 2).isEmpty()).isTrue();
        assertThat(revised.current().content().trajectories()).allSatisfy(t ->
            assertThat(t.goals()).doesNotContain(GAMBLING));
    }

    @Test
    void refusesAVersionDatedBeforeThePreviousOne() {
        HelpPlan first = SamplePlans.firstPlan();

        assertThatThrownBy(() -> first.revise(SamplePlans.PLAN_DATE.minusDays(1), CASE_MANAGER, VersionReason.OTHER,
            PlanContent.EMPTY)).isInstanceOfSatisfying(ModelViolation.class,
                v -> assertThat(v.pointer()).isEqualTo("/versions/1/date"));
    }

    @Test
    void refusesAPlanWithoutVersionsOrWithGapsInTheNumbering() {
        PlanVersion second = new PlanVersion(2, LATER, CASE_MANAGER, VersionReason.OTHER, PlanContent.EMPTY);

        assertThatThrownBy(() -> new HelpPlan(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, List.of(), List.of(),
            List.of())).isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.pointer()).isEqualTo("/versions"));
        assertThatThrownBy(() -> new HelpPlan(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, List.of(second), List.of(),
            List.of())).isInstanceOfSatisfying(ModelViolation.class,
                v -> assertThat(v.pointer()).isEqualTo("/versions/0/number"));
    }

    @Test
    void refusesTwoGoalsWithOneIdentifierAndATrajectoryServingAnUnknownGoal() {
        PlanContent content = SamplePlans.firstContent();
        Trajectory stray = new Trajectory(TrajectoryId.of("t-stray"), MOTHER, SamplePlans.HOUSING,
            SamplePlans.DEBT, Optional.empty(), Optional.empty(), TrajectoryStatus.RUNNING, Optional.empty(),
            List.of(GoalId.of("g-none")));

        assertThatThrownBy(() -> content.withGoal(SamplePlans.debts()))
            .isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.pointer()).isEqualTo("/goals/4/id"));
        assertThatThrownBy(() -> content.withTrajectory(stray))
            .isInstanceOfSatisfying(ModelViolation.class,
                v -> assertThat(v.pointer()).isEqualTo("/trajectories/3/goals/0"));
        assertThatIllegalArgumentException().isThrownBy(() -> content.withoutGoal(GoalId.of("g-none")));
    }

    @Test
    void refusesAnEvaluationOfAnUnknownGoalOrVersionAndAnythingAfterTheFinalOne() {
        HelpPlan plan = SamplePlans.firstPlan();
        Evaluation unknownGoal = new Evaluation(EvaluationId.of("ev-1"), EvaluationKind.INTERIM, LATER, 1,
            List.of(new GoalScore(GoalId.of("g-none"), Attainment.REACHED)), List.of());
        Evaluation unknownVersion = new Evaluation(EvaluationId.of("ev-1"), EvaluationKind.INTERIM, LATER, 2,
            List.of(), List.of());
        HelpPlan ended = plan.evaluate(new Evaluation(EvaluationId.of("ev-final"), EvaluationKind.FINAL, LATER, 1,
            List.of(), List.of()));

        assertThatThrownBy(() -> plan.evaluate(unknownGoal)).isInstanceOfSatisfying(ModelViolation.class,
            v -> assertThat(v.pointer()).isEqualTo("/evaluations/0/scores/0/goal"));
        assertThatThrownBy(() -> plan.evaluate(unknownVersion)).isInstanceOfSatisfying(ModelViolation.class,
            v -> assertThat(v.pointer()).isEqualTo("/evaluations/0/planVersion"));
        assertThatIllegalStateException().isThrownBy(() -> ended.evaluate(unknownVersion));
        assertThat(ended.finalEvaluation()).isPresent();
    }

    @Test
    void refusesEndTermsAtAnInterimEvaluation() {
        assertThatThrownBy(() -> new Evaluation(EvaluationId.of("ev-1"), EvaluationKind.INTERIM, LATER, 1, List.of(),
            List.of(new EndTermScore(EndTerm.FINANCES_IMPROVED, EndTermResult.MET))))
            .isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.pointer()).isEqualTo("/endTerms"));
    }

    @Test
    void checksTheInvariantsOfGoalsTrajectoriesAgreementsAndResponsibles() {
        Goal goal = SamplePlans.school();

        assertThatThrownBy(() -> new Goal(goal.id(), goal.title(), goal.term(), goal.members(), goal.domains(),
            GoalSource.MEMBER, Optional.empty(), goal.smart(), goal.status(), goal.responsible(), goal.contributor()))
            .isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.pointer()).isEqualTo("/proposer"));
        assertThatThrownBy(() -> new Goal(goal.id(), goal.title(), goal.term(), goal.members(), List.of(),
            goal.source(), goal.proposer(), goal.smart(), goal.status(), goal.responsible(), goal.contributor()))
            .isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.pointer()).isEqualTo("/domains"));
        assertThatThrownBy(() -> new Trajectory(TrajectoryId.of("t-1"), MOTHER, LifeDomainCode.of("housing"),
            OrganisationId.of("org-1"), Optional.empty(), Optional.empty(), TrajectoryStatus.WAITING, Optional.empty(),
            List.of())).isInstanceOfSatisfying(ModelViolation.class,
                v -> assertThat(v.pointer()).isEqualTo("/waitingSince"));
        assertThatThrownBy(() -> new Agreement(AgreementId.of("a-1"), Optional.empty(), Optional.empty(),
            Optional.of(LATER.minusDays(1)), AgreementSource.PLAN, LATER, AgreementStatus.OPEN))
            .isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.pointer()).isEqualTo("/due"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Responsible(Optional.empty(), Optional.empty(),
            Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Responsible(Optional.of(SamplePlans.DEBT),
            Optional.of(MOTHER), Optional.empty()));
    }

    @Test
    void namesTheMissingSmartPartsInOrder() {
        assertThat(Smart.EMPTY.missing()).containsExactly(SmartPart.values());
        assertThat(SamplePlans.debts().smart().missing()).isEmpty();
        assertThat(new Smart(Optional.of("x"), Optional.of(" "), Optional.of("x"), Optional.of("x"),
            Optional.of(LATER)).missing()).containsExactly(SmartPart.MEASURABLE);
    }

    @Test
    void showsNoFreeTextInToString() {
        HelpPlan plan = SamplePlans.firstPlan();
        String text = plan + " " + plan.current().content() + " " + plan.current().content().agreements() + " "
            + plan.current().content().situation() + " " + plan.current().content().core() + " "
            + plan.current().content().roles() + " " + plan.youthPlans() + " " + SamplePlans.debts().smart();

        assertThat(text).contains("plan-0108", "g-debts")
            .doesNotContain("Schulden", "Sem", "schuld", "Verzuimt", "Diploma", "Regie", "Ouders");
    }

    @Test
    void policyDefaultsComeFromTheMethod() {
        assertThat(PlanPolicy.DEFAULTS.planDue()).as("§4, §7: three to four months").isEqualTo(Period.ofMonths(4));
        assertThat(PlanPolicy.DEFAULTS.interimEvaluationAfter()).as("§4").isEqualTo(Period.ofMonths(3));
        assertThat(PlanPolicy.DEFAULTS.trajectoryWaitMax()).isEqualTo(Period.ofMonths(3));
        assertThat(PlanPolicy.DEFAULTS.withPlanDue(Period.ofMonths(3)).withInterimEvaluationAfter(Period.ofWeeks(10))
            .withTrajectoryWaitMax(Period.ofWeeks(6)))
            .isEqualTo(new PlanPolicy(Period.ofMonths(3), Period.ofWeeks(10), Period.ofWeeks(6)));
        assertThatIllegalArgumentException().isThrownBy(() -> PlanPolicy.DEFAULTS.withTrajectoryWaitMax(
            Period.ofDays(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> PlanPolicy.DEFAULTS.withPlanDue(Period.ofDays(-1)));
    }
}
