package nl.regiekit.plan;

import java.time.Period;

import nl.regiekit.casemodel.internal.Require;

/**
 * The help-plan section of an organisation's policy (beleid): the method's periods for the help plan,
 * which the plan rules and the monitor read instead of literals (method, introduction). The whole
 * policy is {@code nl.regiekit.casefile.OrganisationPolicy}. Immutable and thread-safe.
 *
 * @param planDue the help plan is ready within this period after the contact phase began; default four
 *     months (§4, §7: three to four months; the upper end, so that the default reports only what is
 *     late by every account). Never null, not negative
 * @param interimEvaluationAfter the interim evaluation is held this long after the plan was discussed;
 *     default three months (§4, §12). Never null, not negative
 * @param trajectoryWaitMax how long a trajectory may wait on a provider's waiting list; default three
 *     months. The method gives no number but says waiting lists extend the execution phase and the
 *     goals are reviewed at the interim evaluation three months after the plan (§4): help still
 *     waiting by then holds the plan up. Never null, not negative
 */
public record PlanPolicy(Period planDue, Period interimEvaluationAfter, Period trajectoryWaitMax) {

    /** The defaults of the method. */
    public static final PlanPolicy DEFAULTS = new PlanPolicy(Period.ofMonths(4), Period.ofMonths(3),
        Period.ofMonths(3));

    /**
     * @throws NullPointerException if a period is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation (an {@link IllegalArgumentException}) at the
     *     component if a period is negative
     */
    public PlanPolicy {
        Require.notNegative(planDue, "planDue");
        Require.notNegative(interimEvaluationAfter, "interimEvaluationAfter");
        Require.notNegative(trajectoryWaitMax, "trajectoryWaitMax");
    }

    /**
     * This policy with another period in which the plan is ready.
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code period} is negative
     */
    public PlanPolicy withPlanDue(Period period) {
        return new PlanPolicy(period, interimEvaluationAfter, trajectoryWaitMax);
    }

    /**
     * This policy with another interval from the plan to its interim evaluation.
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code period} is negative
     */
    public PlanPolicy withInterimEvaluationAfter(Period period) {
        return new PlanPolicy(planDue, period, trajectoryWaitMax);
    }

    /**
     * This policy with another maximum waiting time for a trajectory.
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code period} is negative
     */
    public PlanPolicy withTrajectoryWaitMax(Period period) {
        return new PlanPolicy(planDue, interimEvaluationAfter, period);
    }
}
