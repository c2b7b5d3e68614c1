package nl.regiekit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.internal.Require;

/**
 * What changed in the goals between two versions of a help plan: goals added, changed, dropped
 * and reached. A goal whose only change is that it was reached is listed as reached, not changed.
 * Immutable and thread-safe.
 *
 * @param from the number of the earlier version
 * @param to the number of the later version
 * @param added goals in the later version only, in its order; never null
 * @param changed goals in both that differ, in the later version's order; never null
 * @param dropped goals in the earlier version only, in its order; never null
 * @param reached goals reached in the later version that were not reached in the earlier one; never null
 */
public record PlanComparison(int from, int to, List<GoalId> added, List<GoalId> changed, List<GoalId> dropped,
                             List<GoalId> reached) {

    /** @throws NullPointerException if a list holds null */
    public PlanComparison {
        added = Require.list(added);
        changed = Require.list(changed);
        dropped = Require.list(dropped);
        reached = Require.list(reached);
    }

    /**
     * Compares the goals of two versions.
     *
     * @throws NullPointerException if an argument is null
     */
    public static PlanComparison of(PlanVersion earlier, PlanVersion later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Map<GoalId, Goal> before = earlier.content().goals().stream()
            .collect(Collectors.toMap(Goal::id, Function.identity()));
        List<GoalId> added = new ArrayList<>();
        List<GoalId> changed = new ArrayList<>();
        List<GoalId> reached = new ArrayList<>();
        for (Goal goal : later.content().goals()) {
            Goal old = before.get(goal.id());
            boolean nowReached = goal.status() == GoalStatus.REACHED
                && (old == null || old.status() != GoalStatus.REACHED);
            if (nowReached) {
                reached.add(goal.id());
            }
            if (old == null) {
                added.add(goal.id());
            } else if (!old.equals(goal) && !(nowReached && old.withStatus(GoalStatus.REACHED).equals(goal))) {
                changed.add(goal.id());
            }
        }
        List<GoalId> dropped = earlier.content().goals().stream().map(Goal::id)
            .filter(id -> later.content().goal(id).isEmpty()).toList();
        return new PlanComparison(earlier.number(), later.number(), added, changed, dropped, reached);
    }

    /** Whether the goals are the same in both versions. */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && dropped.isEmpty() && reached.isEmpty();
    }
}
