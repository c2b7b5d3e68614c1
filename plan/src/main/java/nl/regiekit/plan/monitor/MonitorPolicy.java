package nl.regiekit.plan.monitor;

import java.time.Period;
import java.util.Objects;

import nl.regiekit.casemodel.Policy;
import nl.regiekit.plan.PlanPolicy;

/**
 * The organisation's policy for monitoring: the plan policy (which holds the case {@link Policy} with
 * the plan's due period, the interim evaluation, the intensive period and its hours, coordination of
 * care, the partner meetings and the caseloads, and the plan policy's waiting time for a trajectory)
 * and the few numbers only monitoring needs. Immutable and thread-safe.
 *
 * @param planPolicy the plan policy; never null
 * @param notice how long before a due date a signal is raised, as information; default two weeks.
 *     The method gives no number; two weeks leaves a case manager time to plan one meeting
 * @param consentNotice how long before a consent expires it is signalled; default one month, so
 *     that a new statement can be signed at a regular visit (method §11)
 * @param organisationReview the period over which the number of involved organisations must fall in
 *     coordination of care; default six months, two partner meetings (method §4, phase 5)
 */
public record MonitorPolicy(PlanPolicy planPolicy, Period notice, Period consentNotice, Period organisationReview) {

    /** The defaults of the method. */
    public static final MonitorPolicy DEFAULTS = new MonitorPolicy(PlanPolicy.DEFAULTS, Period.ofWeeks(2),
        Period.ofMonths(1), Period.ofMonths(6));

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a period is negative
     */
    public MonitorPolicy {
        Objects.requireNonNull(planPolicy, "planPolicy");
        for (Period period : new Period[] {Objects.requireNonNull(notice, "notice"),
            Objects.requireNonNull(consentNotice, "consentNotice"),
            Objects.requireNonNull(organisationReview, "organisationReview")}) {
            if (period.isNegative()) {
                throw new IllegalArgumentException("periods must not be negative");
            }
        }
    }

    /** The defaults of the method with this plan policy. */
    public static MonitorPolicy of(PlanPolicy planPolicy) {
        return new MonitorPolicy(planPolicy, DEFAULTS.notice, DEFAULTS.consentNotice, DEFAULTS.organisationReview);
    }

    /** The case policy inside the plan policy. */
    public Policy policy() {
        return planPolicy.policy();
    }
}
