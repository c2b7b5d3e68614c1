package nl.regiekit.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Task;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.YouthPlan;

/**
 * What a {@link CaseFileView} shows of one help plan (method §7): one version, with the parts the
 * reader may see. Immutable and thread-safe.
 *
 * @param plan the plan; never null
 * @param version the number of the version shown
 * @param whole the whole content of that version, with its narrative sections (how the situation
 *     arose, the core of the problem, the closing question), in the full view only; never null
 * @param situation the current situation per domain shown; never null
 * @param goals the goals shown; never null
 * @param trajectories the trajectories shown; never null
 * @param agreements the agreements shown; never null
 * @param roles the tasks shown; never null
 * @param youthPlans the youth plans, or the parts of them, shown; never null
 * @param evaluations the evaluations, with the scores of the goals shown; never null
 */
public record PlanShown(HelpPlanId plan, int version, Optional<PlanContent> whole, List<DomainSituation> situation,
                        List<Goal> goals, List<Trajectory> trajectories, List<Agreement> agreements,
                        List<Task> roles, List<YouthPlan> youthPlans, List<Evaluation> evaluations) {

    /** @throws NullPointerException if an argument or a list element is null */
    public PlanShown {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(whole, "whole");
        situation = List.copyOf(situation);
        goals = List.copyOf(goals);
        trajectories = List.copyOf(trajectories);
        agreements = List.copyOf(agreements);
        roles = List.copyOf(roles);
        youthPlans = List.copyOf(youthPlans);
        evaluations = List.copyOf(evaluations);
    }
}
