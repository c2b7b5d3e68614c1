package nl.regiekit.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;

/**
 * An evaluation as a {@link CaseFileView} shows it (method §9): its scores, and the goals they score
 * as the version evaluated had them, so that a goal's title and its score come from the same version
 * as the decision to show them. Immutable and thread-safe.
 *
 * @param evaluation the evaluation, with the scores shown only; never null
 * @param goals the goals of the version evaluated that its scores are about; never null
 */
public record EvaluationShown(Evaluation evaluation, List<Goal> goals) {

    /** @throws NullPointerException if an argument or a list element is null */
    public EvaluationShown {
        Objects.requireNonNull(evaluation, "evaluation");
        goals = List.copyOf(goals);
    }

    /** The goal a score of this evaluation is about, as the version evaluated had it. */
    public Optional<Goal> goal(GoalId id) {
        Objects.requireNonNull(id, "id");
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
