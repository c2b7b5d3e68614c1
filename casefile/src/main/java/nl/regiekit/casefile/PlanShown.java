package nl.regiekit.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Task;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.VersionReason;
import nl.regiekit.plan.YouthPlan;

/**
 * What a {@link CaseFileView} shows of one help plan (method §7): the version in force on the view's
 * date, with the parts the reader may see, and what was held by that date. Immutable and thread-safe.
 *
 * @param plan the plan; never null
 * @param version the number of the version shown
 * @param written the date of the version shown; never null
 * @param reason why the version shown was written; never null
 * @param whole the whole content of that version, with its narrative sections (how the situation
 *     arose, the core of the problem, the closing question), in the full view only; never null
 * @param situation the current situation per domain shown; never null
 * @param goals the goals shown; never null
 * @param trajectories the trajectories shown; never null
 * @param agreements the agreements shown; never null
 * @param roles the tasks shown; never null
 * @param youthPlans the youth plans written by the date, or the parts of them, shown; never null
 * @param evaluations the evaluations held by the date, oldest first, with the scores shown; never null
 */
public record PlanShown(HelpPlanId plan, int version, LocalDate written, VersionReason reason,
                        Optional<PlanContent> whole, List<DomainSituation> situation, List<Goal> goals,
                        List<Trajectory> trajectories, List<Agreement> agreements, List<Task> roles,
                        List<YouthPlan> youthPlans, List<EvaluationShown> evaluations) {

    /** @throws NullPointerException if an argument or a list element is null */
    public PlanShown {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(reason, "reason");
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
