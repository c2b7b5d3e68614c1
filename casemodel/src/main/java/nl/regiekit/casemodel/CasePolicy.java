package nl.regiekit.casemodel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Period;

import nl.regiekit.casemodel.internal.Require;

/**
 * The case-management section of an organisation's policy (beleid): the method's numbers about the
 * case and the people working on it, which software must let an organisation change (method,
 * introduction). The case rules and the monitor read their thresholds from here, never from a
 * literal. Help plans, monitoring, meetings and consent have sections of their own
 * ({@code PlanPolicy}, {@code MonitorPolicy}, {@code MeetingPolicy}, {@link ConsentPolicy}); the
 * whole policy is {@code nl.regiekit.casefile.OrganisationPolicy}. Immutable and thread-safe.
 *
 * <p>Build one from {@link #DEFAULTS} with the {@code with...} methods, which name what they change.
 *
 * @param youngPersonMinAge lowest age of a young person with a youth worker; default 12 (§5)
 * @param youngPersonMaxAge highest age of a young person with a youth worker, inclusive; default 24 (§5)
 * @param intensivePeriodMax the intensive period (phases 1 to 4) lasts at most this long; default nine
 *     months (§4: six to nine); never null, not negative
 * @param intensiveHours the average case-manager hours of the intensive period; default 200 (§4)
 * @param careCoordinationMax coordination of care lasts at most this long; default eighteen months (§4);
 *     never null, not negative
 * @param caseManagerCaseload families a case manager takes on a year; default 6 (§5)
 * @param youthWorkerCaseload young people a youth worker takes on a year; default 12 (§5)
 */
public record CasePolicy(@Min(0) @Max(MAX_AGE) int youngPersonMinAge, @Min(0) @Max(MAX_AGE) int youngPersonMaxAge,
                         Period intensivePeriodMax, @Min(0) int intensiveHours, Period careCoordinationMax,
                         @Min(1) int caseManagerCaseload, @Min(1) int youthWorkerCaseload) {

    /** The defaults of the method. */
    public static final CasePolicy DEFAULTS = new CasePolicy(12, 24, Period.ofMonths(9), 200, Period.ofMonths(18),
        6, 12);

    /** The highest age either age may be set to: well past every age the method names. */
    public static final int MAX_AGE = 120;

    /**
     * @throws NullPointerException if a period is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation (an {@link IllegalArgumentException}) at the
     *     component if the age range is empty or out of 0 to 120, the hours negative, a caseload below
     *     1 or a period negative
     */
    public CasePolicy {
        Require.range(youngPersonMinAge, 0, MAX_AGE, "youngPersonMinAge");
        Require.range(youngPersonMaxAge, youngPersonMinAge, MAX_AGE, "youngPersonMaxAge");
        Require.notNegative(intensivePeriodMax, "intensivePeriodMax");
        Require.range(intensiveHours, 0, Integer.MAX_VALUE, "intensiveHours");
        Require.notNegative(careCoordinationMax, "careCoordinationMax");
        Require.range(caseManagerCaseload, 1, Integer.MAX_VALUE, "caseManagerCaseload");
        Require.range(youthWorkerCaseload, 1, Integer.MAX_VALUE, "youthWorkerCaseload");
    }

    /**
     * This policy with another age range for young people, both ends inclusive.
     *
     * @throws IllegalArgumentException if the range is empty or out of 0 to 120
     */
    public CasePolicy withYoungPersonAges(int min, int max) {
        return new CasePolicy(min, max, intensivePeriodMax, intensiveHours, careCoordinationMax,
            caseManagerCaseload, youthWorkerCaseload);
    }

    /**
     * This policy with another length and hour budget of the intensive period.
     *
     * @throws NullPointerException if {@code max} is null
     * @throws IllegalArgumentException if {@code max} or {@code hours} is negative
     */
    public CasePolicy withIntensivePeriod(Period max, int hours) {
        return new CasePolicy(youngPersonMinAge, youngPersonMaxAge, max, hours, careCoordinationMax,
            caseManagerCaseload, youthWorkerCaseload);
    }

    /**
     * This policy with another longest coordination of care.
     *
     * @throws NullPointerException if {@code max} is null
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public CasePolicy withCareCoordinationMax(Period max) {
        return new CasePolicy(youngPersonMinAge, youngPersonMaxAge, intensivePeriodMax, intensiveHours, max,
            caseManagerCaseload, youthWorkerCaseload);
    }

    /**
     * This policy with other caseloads a year.
     *
     * @throws IllegalArgumentException if a caseload is below 1
     */
    public CasePolicy withCaseloads(int caseManager, int youthWorker) {
        return new CasePolicy(youngPersonMinAge, youngPersonMaxAge, intensivePeriodMax, intensiveHours,
            careCoordinationMax, caseManager, youthWorker);
    }
}
