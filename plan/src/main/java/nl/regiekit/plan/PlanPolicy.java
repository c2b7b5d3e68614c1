package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Period;
import java.util.Objects;

import nl.regiekit.casemodel.Policy;

/**
 * The organisation's policy for help plans: the case {@link Policy} (which holds the period in
 * which the plan is ready, the interval to the interim evaluation and the age range of young
 * people) and the numbers only plans need. The rules read every period and threshold from here.
 * Immutable and thread-safe.
 *
 * @param policy the case policy: {@link Policy#planDue()} (default four months after the contact
 *     phase began, §4 and §7), {@link Policy#interimEvaluationAfter()} (default three months after the
 *     plan, §4), {@link Policy#youngPersonMinAge()} and {@link Policy#youngPersonMaxAge()} (default 12
 *     to 24, §5); never null
 * @param trajectoryWaitMax how long a trajectory may wait on a provider's waiting list; default three
 *     months. The method gives no number but says waiting lists extend the execution phase and the
 *     goals are reviewed at the interim evaluation three months after the plan (§4): help still
 *     waiting by then holds the plan up. Never null, not negative
 */
public record PlanPolicy(@NotNull @Valid Policy policy, @NotNull Period trajectoryWaitMax) {

    /** The defaults of the method. */
    public static final PlanPolicy DEFAULTS = new PlanPolicy(Policy.DEFAULTS, Period.ofMonths(3));

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code trajectoryWaitMax} is negative
     */
    public PlanPolicy {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(trajectoryWaitMax, "trajectoryWaitMax");
        if (trajectoryWaitMax.isNegative()) {
            throw new IllegalArgumentException("periods must not be negative");
        }
    }

    /** The defaults of the method with this case policy. */
    public static PlanPolicy of(Policy policy) {
        return new PlanPolicy(policy, DEFAULTS.trajectoryWaitMax());
    }

    /** This policy with another maximum waiting time for a trajectory. */
    public PlanPolicy withTrajectoryWaitMax(Period period) {
        return new PlanPolicy(policy, period);
    }
}
