package nl.regiekit.casemodel;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Period;
import java.util.Objects;

/**
 * An organisation's policy: the numbers of the method that software must let an organisation
 * change (beleid). Every rule reads its thresholds from here, never from a literal. The
 * defaults, in {@link #DEFAULTS}, come from method.md; the section is named per component.
 * Immutable and thread-safe.
 *
 * @param youngPersonMinAge lowest age of a young person with a youth worker; default 12 (§5)
 * @param youngPersonMaxAge highest age of a young person with a youth worker; default 24 (§5)
 * @param planDue the help plan is ready within this period after the contact phase began; default
 *     four months (§4, §7: three to four months)
 * @param interimEvaluationAfter the interim evaluation is held this long after the plan; default three months (§4)
 * @param intensivePeriodMax the intensive period (phases 1 to 4) lasts at most this long; default nine months (§4)
 * @param intensiveHours the average case-manager hours of the intensive period; default 200 (§4)
 * @param careCoordinationMax coordination of care lasts at most this long; default eighteen months (§4)
 * @param partnerMeetingInterval partners meet this often in coordination of care; default three months (§4, §10)
 * @param caseManagerCaseload families a case manager takes on a year; default 6 (§5)
 * @param youthWorkerCaseload young people a youth worker takes on a year; default 12 (§5)
 */
public record Policy(@Min(0) int youngPersonMinAge, @Min(0) int youngPersonMaxAge, @NotNull Period planDue,
                     @NotNull Period interimEvaluationAfter, @NotNull Period intensivePeriodMax,
                     @Min(0) int intensiveHours, @NotNull Period careCoordinationMax,
                     @NotNull Period partnerMeetingInterval, @Min(1) int caseManagerCaseload,
                     @Min(1) int youthWorkerCaseload) {

    /** The defaults of the method. */
    public static final Policy DEFAULTS = new Policy(12, 24, Period.ofMonths(4), Period.ofMonths(3),
        Period.ofMonths(9), 200, Period.ofMonths(18), Period.ofMonths(3), 6, 12);

    /**
     * @throws NullPointerException if a period is null
     * @throws IllegalArgumentException if the age range is empty or a number or period is negative
     */
    public Policy {
        Objects.requireNonNull(planDue, "planDue");
        Objects.requireNonNull(interimEvaluationAfter, "interimEvaluationAfter");
        Objects.requireNonNull(intensivePeriodMax, "intensivePeriodMax");
        Objects.requireNonNull(careCoordinationMax, "careCoordinationMax");
        Objects.requireNonNull(partnerMeetingInterval, "partnerMeetingInterval");
        if (youngPersonMinAge < 0 || youngPersonMaxAge < youngPersonMinAge) {
            throw new IllegalArgumentException("young person age range must be 0 <= min <= max");
        }
        if (intensiveHours < 0 || caseManagerCaseload < 1 || youthWorkerCaseload < 1) {
            throw new IllegalArgumentException("hours must be 0 or more and caseloads 1 or more");
        }
        for (Period period : new Period[] {planDue, interimEvaluationAfter, intensivePeriodMax,
            careCoordinationMax, partnerMeetingInterval}) {
            if (period.isNegative()) {
                throw new IllegalArgumentException("periods must not be negative");
            }
        }
    }

    /** This policy with another age range for young people. */
    public Policy withYoungPersonAges(int min, int max) {
        return new Policy(min, max, planDue, interimEvaluationAfter, intensivePeriodMax, intensiveHours,
            careCoordinationMax, partnerMeetingInterval, caseManagerCaseload, youthWorkerCaseload);
    }
}
