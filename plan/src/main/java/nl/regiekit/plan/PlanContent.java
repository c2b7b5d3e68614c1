package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * The sections of one version of the help plan (method §7): how the situation arose; the core of
 * the problem; the current situation per life domain; the goals, with the trajectories and
 * agreements that serve them; the division of roles; and the closing question, what the family
 * needs now to go on under its own strength. Every organisation contributes its goals and
 * trajectories to this one plan. Immutable and thread-safe.
 *
 * <p>Invariants: goal, trajectory and agreement identifiers are unique; each life domain has at
 * most one situation; every goal a trajectory serves is in the plan.
 *
 * @param history how the (problem) situation arose, free text; never null
 * @param core the core of the problem; never null
 * @param situation the current situation per life domain; never null
 * @param goals the goals; never null
 * @param trajectories the trajectories; never null
 * @param agreements the agreements; never null
 * @param roles the division of roles; never null
 * @param closingQuestion what the family needs now to go on under its own strength, free text; never null
 */
public record PlanContent(Optional<@Size(max = 20000) String> history, @Valid ProblemCore core,
                          List<@Valid DomainSituation> situation, List<@Valid Goal> goals,
                          List<@Valid Trajectory> trajectories, List<@Valid Agreement> agreements,
                          List<@Valid Task> roles, Optional<@Size(max = 4000) String> closingQuestion) {

    /** A plan with nothing written yet. */
    public static final PlanContent EMPTY = new PlanContent(Optional.empty(), ProblemCore.EMPTY, List.of(),
        List.of(), List.of(), List.of(), List.of(), Optional.empty());

    /**
     * @throws NullPointerException if a list holds null
     * @throws ModelViolation if an invariant is broken, with the pointer of the offending value
     */
    public PlanContent {
        history = Require.optional(history);
        core = core == null ? ProblemCore.EMPTY : core;
        situation = Require.list(situation);
        goals = Require.list(goals);
        trajectories = Require.list(trajectories);
        agreements = Require.list(agreements);
        roles = Require.list(roles);
        closingQuestion = Require.optional(closingQuestion);
        Require.uniqueKeys(situation, DomainSituation::domain, "situation", "domain");
        Require.uniqueKeys(goals, Goal::id, "goals", "id");
        Require.uniqueKeys(trajectories, Trajectory::id, "trajectories", "id");
        Require.uniqueKeys(agreements, Agreement::id, "agreements", "id");
        Set<GoalId> goalIds = goals.stream().map(Goal::id).collect(Collectors.toSet());
        for (int i = 0; i < trajectories.size(); i++) {
            Require.resolves(trajectories.get(i).goals(), goalIds, "/trajectories/" + i + "/goals");
        }
    }

    /** The goal with this identifier, if the plan has it. */
    public Optional<Goal> goal(GoalId id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** This content with one more goal. */
    public PlanContent withGoal(Goal goal) {
        return withGoals(Require.append(goals, goal));
    }

    /**
     * This content with goal {@code id} changed by {@code change}.
     *
     * @throws IllegalArgumentException if there is no such goal
     */
    public PlanContent withGoalChanged(GoalId id, UnaryOperator<Goal> change) {
        List<Goal> changed = new ArrayList<>(goals);
        int index = goals.indexOf(goal(id).orElseThrow(() -> new IllegalArgumentException("no goal " + id)));
        changed.set(index, Objects.requireNonNull(change.apply(goals.get(index)), "goal"));
        return withGoals(changed);
    }

    /**
     * This content without goal {@code id}, and without it in the trajectories that served it.
     *
     * @throws IllegalArgumentException if there is no such goal
     */
    public PlanContent withoutGoal(GoalId id) {
        Goal dropped = goal(id).orElseThrow(() -> new IllegalArgumentException("no goal " + id));
        List<Goal> rest = new ArrayList<>(goals);
        rest.remove(dropped);
        List<Trajectory> unlinked = trajectories.stream().map(t -> t.withoutGoal(id)).toList();
        return new PlanContent(history, core, situation, rest, unlinked, agreements, roles, closingQuestion);
    }

    /** This content with one more trajectory. */
    public PlanContent withTrajectory(Trajectory trajectory) {
        return withTrajectories(Require.append(trajectories, trajectory));
    }

    /** This content with its trajectories replaced, for example after several started or ended. */
    public PlanContent withTrajectories(List<Trajectory> changed) {
        return new PlanContent(history, core, situation, goals, changed, agreements, roles, closingQuestion);
    }

    /** This content with the situation on {@code changed}'s domain replaced by it, or added if there was none. */
    public PlanContent withSituation(DomainSituation changed) {
        List<DomainSituation> updated = new ArrayList<>(situation);
        updated.removeIf(s -> s.domain().equals(changed.domain()));
        int index = situation.stream().map(DomainSituation::domain).toList().indexOf(changed.domain());
        updated.add(index < 0 ? updated.size() : index, changed);
        return new PlanContent(history, core, updated, goals, trajectories, agreements, roles, closingQuestion);
    }

    /**
     * This content with agreement {@code id} changed by {@code change}, for example kept or broken.
     *
     * @throws IllegalArgumentException if there is no such agreement
     */
    public PlanContent withAgreementChanged(AgreementId id, UnaryOperator<Agreement> change) {
        List<Agreement> changed = new ArrayList<>(agreements);
        int index = agreements.stream().map(Agreement::id).toList().indexOf(id);
        if (index < 0) {
            throw new IllegalArgumentException("no agreement " + id);
        }
        changed.set(index, Objects.requireNonNull(change.apply(agreements.get(index)), "agreement"));
        return new PlanContent(history, core, situation, goals, trajectories, changed, roles, closingQuestion);
    }

    /** This content with one more agreement. */
    public PlanContent withAgreement(Agreement agreement) {
        return new PlanContent(history, core, situation, goals, trajectories, Require.append(agreements, agreement),
            roles, closingQuestion);
    }

    private PlanContent withGoals(List<Goal> changed) {
        return new PlanContent(history, core, situation, changed, trajectories, agreements, roles, closingQuestion);
    }

    /** Counts only: the sections are personal. */
    @Override
    public String toString() {
        return "PlanContent[goals=" + goals + ", trajectories=" + trajectories.size() + ", agreements="
            + agreements.size() + "]";
    }
}
