package nl.regiekit.plan;

import static nl.regiekit.plan.SamplePlans.CASE_MANAGER;
import static nl.regiekit.plan.SamplePlans.DEBTS;
import static nl.regiekit.plan.SamplePlans.FAMILY_EVENING;
import static nl.regiekit.plan.SamplePlans.GAMBLING;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static nl.regiekit.plan.SamplePlans.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.plan.rules.PlanRules;
import nl.regiekit.plan.view.OrganisationPlanView;
import nl.regiekit.plan.view.WhoDoesWhat;
import org.junit.jupiter.api.Test;

/**
 * The narrated scenario of the plan module: the Hendriks-Kaya family's help plan from its first
 * version, through the interim evaluation with adjusted goals, to the final evaluation with the end
 * terms. Each step records what the rules find, who does what and what changed in a transcript
 * that is compared with a golden file. When the scenario changes on purpose, regenerate with
 * {@code mvn -pl plan -am test -Dtest=PlanScenarioTests -Dsurefire.failIfNoSpecifiedTests=false -Dregiekit.regenerate=true}
 * and read the diff.
 */
class PlanScenarioTests {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/plan-scenario.txt");
    private static final Case CASE = SamplePlans.caseInExecution();

    private final StringBuilder transcript = new StringBuilder();

    @Test
    void walksAPlanFromFirstVersionThroughInterimToFinalEvaluation() throws IOException {
        // 1 May 2025: the first plan, three months after the contact phase began.
        HelpPlan plan = SamplePlans.firstPlan();
        step("2025-06-15 first plan", plan, LocalDate.of(2025, 6, 15));
        assertThat(rules(LocalDate.of(2025, 6, 15)).check(plan, CASE)).isEmpty();

        // 10 July: debt counselling has not held its intake, due 1 July: a signal to escalate.
        List<Finding> july = step("2025-07-10 agreement overdue", plan, LocalDate.of(2025, 7, 10));
        assertThat(july).extracting(Finding::code).containsExactly("PLAN-AGREEMENT-OVERDUE");

        // 25 July: the interim evaluation with the family and the team scores each goal ...
        plan = plan.evaluate(new Evaluation(EvaluationId.of("ev-interim"), EvaluationKind.INTERIM,
            LocalDate.of(2025, 7, 25), 1, List.of(
                new GoalScore(DEBTS, Attainment.PARTLY_REACHED),
                new GoalScore(SCHOOL, Attainment.REACHED),
                new GoalScore(GAMBLING, Attainment.NOT_REACHED),
                new GoalScore(FAMILY_EVENING, Attainment.NOT_REACHED)), List.of()));
        // ... and the goals are adjusted: school reached, the family evening (there is more rest at home now)
        // replaced by the mother's own budget goal, the debts given more time, gambling care started, the
        // intake held.
        PlanContent adjusted = plan.current().content()
            .withGoalChanged(SCHOOL, g -> g.withStatus(GoalStatus.REACHED))
            .withGoalChanged(DEBTS, g -> g.withSmart(g.smart().withTargetDate(LocalDate.of(2026, 4, 1))))
            .withoutGoal(FAMILY_EVENING)
            .withGoal(new Goal(GoalId.of("g-budget"), "Budget bijhouden", Term.SHORT_TERM, List.of(MOTHER),
                List.of(SamplePlans.FINANCES), GoalSource.MEMBER, Optional.of(MOTHER),
                Smart.of("Kasboek bijgehouden", "Elke week", "Cursus gevolgd", "Geen nieuwe schulden",
                    LocalDate.of(2025, 11, 1)), GoalStatus.IN_PROGRESS,
                Optional.of(Responsible.organisation(SamplePlans.DEBT)), Optional.of(SamplePlans.DEBT)));
        adjusted = adjusted.withTrajectories(adjusted.trajectories().stream()
            .map(t -> t.status() == TrajectoryStatus.WAITING ? t.startedOn(LocalDate.of(2025, 7, 14)) : t)
            .map(t -> t.goals().contains(SCHOOL) ? t.withStatus(TrajectoryStatus.COMPLETED) : t)
            .toList());
        adjusted = adjusted
            .withAgreementChanged(AgreementId.of("a-intake"), a -> a.withStatus(AgreementStatus.KEPT))
            .withSituation(new DomainSituation(SamplePlans.CHILDREN, Optional.of("Meer rust thuis."), false,
                Optional.empty()));
        plan = plan.revise(LocalDate.of(2025, 7, 25), CASE_MANAGER, VersionReason.INTERIM_EVALUATION, adjusted);
        List<Finding> afterInterim = step("2025-08-15 after the interim evaluation", plan, LocalDate.of(2025, 8, 15));
        PlanComparison comparison = plan.compare(1, 2);
        line("compare 1 -> 2: added " + comparison.added() + ", changed " + comparison.changed() + ", dropped "
            + comparison.dropped() + ", reached " + comparison.reached());
        assertThat(afterInterim).isEmpty();
        assertThat(comparison.reached()).containsExactly(SCHOOL);
        assertThat(comparison.dropped()).containsExactly(FAMILY_EVENING);

        // 1 December: the final evaluation. A draft that leaves two end terms unscored is reported ...
        List<GoalScore> scores = plan.current().content().goals().stream()
            .map(g -> new GoalScore(g.id(), g.id().equals(GAMBLING) ? Attainment.LARGELY_REACHED : Attainment.REACHED))
            .toList();
        List<EndTermScore> endTerms = Arrays.stream(EndTerm.values())
            .map(t -> new EndTermScore(t, t == EndTerm.NUISANCE_AND_JUSTICE_REDUCED ? EndTermResult.NOT_APPLICABLE
                : EndTermResult.MET)).toList();
        HelpPlan draft = plan.evaluate(new Evaluation(EvaluationId.of("ev-final"), EvaluationKind.FINAL,
            LocalDate.of(2025, 12, 1), 2, scores, endTerms.subList(0, 6)));
        List<Finding> incomplete = step("2025-12-01 final evaluation, two end terms left out", draft,
            LocalDate.of(2025, 12, 1));
        assertThat(incomplete).extracting(Finding::code)
            .containsExactly("PLAN-END-TERM-UNSCORED", "PLAN-END-TERM-UNSCORED");

        // ... and the final evaluation as recorded scores every goal and every end term.
        HelpPlan closed = plan.evaluate(new Evaluation(EvaluationId.of("ev-final"), EvaluationKind.FINAL,
            LocalDate.of(2025, 12, 1), 2, scores, endTerms));
        assertThat(step("2025-12-01 final evaluation", closed, LocalDate.of(2025, 12, 1))).isEmpty();
        assertThat(closed.finalEvaluation()).isPresent();
        assertThat(closed.versions()).hasSize(2);

        // What addiction care may see of the closed plan: only the father's gambling.
        OrganisationPlanView addiction = OrganisationPlanView.of(CASE, closed, SamplePlans.ADDICTION,
            LocalDate.of(2025, 12, 1), ConsentPolicy.DEFAULTS).orElseThrow();
        line("view for " + addiction.organisation() + ": goals " + addiction.goals().stream().map(Goal::id).toList()
            + ", trajectories " + addiction.trajectories().stream().map(Trajectory::id).toList());
        assertThat(addiction.goals()).extracting(Goal::id).containsExactly(GAMBLING);

        if (Boolean.getBoolean("regiekit.regenerate")) {
            Files.writeString(GOLDEN, transcript, StandardCharsets.UTF_8);
        }
        assertThat(transcript.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private static PlanRules rules(LocalDate today) {
        return PlanRules.defaults(SamplePlans.clockAt(today));
    }

    private List<Finding> step(String title, HelpPlan plan, LocalDate today) {
        List<Finding> findings = rules(today).check(plan, CASE);
        line("== " + title + " (version " + plan.current().number() + ", " + plan.evaluations().size()
            + " evaluations)");
        findings.forEach(f -> line("finding " + f.code() + " " + f.pointer() + ": " + f.message(Locale.ENGLISH)));
        transcript.append(WhoDoesWhat.of(CASE, plan.current().content()).toText("member"));
        return findings;
    }

    private void line(String text) {
        transcript.append(text).append('\n');
    }
}
