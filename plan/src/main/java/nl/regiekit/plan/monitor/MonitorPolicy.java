package nl.regiekit.plan.monitor;

import java.time.Period;

import nl.regiekit.casemodel.internal.Require;

/**
 * The monitoring section of an organisation's policy (beleid): the numbers only monitoring needs. The
 * monitor also reads the case, plan and meetings sections for the periods it watches; the whole policy
 * is {@code nl.regiekit.casefile.OrganisationPolicy}. Immutable and thread-safe.
 *
 * @param notice how long before a due date a signal is raised, as information; default two weeks.
 *     The method gives no number; two weeks leaves a case manager time to plan one meeting. Never null,
 *     not negative
 * @param consentNotice how long before a consent expires it is signalled; default one month, so
 *     that a new statement can be signed at a regular visit (method §11). Never null, not negative
 * @param organisationReview the period over which the number of involved organisations must fall in
 *     coordination of care; default six months, two partner meetings (method §4, phase 5). Never null,
 *     not negative
 * @param occurrenceGrace how long after an occurrence of a recurring task or agreement it may still be
 *     recorded as kept before it is signalled as missed; default three days. The method gives no number;
 *     three days lets a weekly talk move within its week and be written down after it (method §7:
 *     agreements are monitored). Never null, not negative
 */
public record MonitorPolicy(Period notice, Period consentNotice, Period organisationReview,
                            Period occurrenceGrace) {

    /** The defaults of the method. */
    public static final MonitorPolicy DEFAULTS = new MonitorPolicy(Period.ofWeeks(2), Period.ofMonths(1),
        Period.ofMonths(6), Period.ofDays(3));

    /**
     * @throws NullPointerException if a period is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation (an {@link IllegalArgumentException}) at the
     *     component if a period is negative
     */
    public MonitorPolicy {
        Require.notNegative(notice, "notice");
        Require.notNegative(consentNotice, "consentNotice");
        Require.notNegative(organisationReview, "organisationReview");
        Require.notNegative(occurrenceGrace, "occurrenceGrace");
    }

    /**
     * This policy with other notice periods before a due date and before a consent expires.
     *
     * @throws NullPointerException if a period is null
     * @throws IllegalArgumentException if a period is negative
     */
    public MonitorPolicy withNotice(Period dueDates, Period consents) {
        return new MonitorPolicy(dueDates, consents, organisationReview, occurrenceGrace);
    }

    /**
     * This policy with another review period for the number of involved organisations.
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code period} is negative
     */
    public MonitorPolicy withOrganisationReview(Period period) {
        return new MonitorPolicy(notice, consentNotice, period, occurrenceGrace);
    }

    /**
     * This policy with another grace period after an occurrence of a recurring task or agreement.
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code period} is negative
     */
    public MonitorPolicy withOccurrenceGrace(Period period) {
        return new MonitorPolicy(notice, consentNotice, organisationReview, period);
    }
}
