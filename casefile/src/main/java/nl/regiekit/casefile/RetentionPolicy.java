package nl.regiekit.casefile;

import java.time.Period;

import nl.regiekit.casemodel.internal.Require;

/**
 * The retention section of an organisation's policy: how long a closed case is kept (bewaartermijn)
 * before it is due for erasure. Read by a store's retention, such as the PostgreSQL store's. Immutable
 * and thread-safe.
 *
 * @param afterClosing how long after the case closed it is kept; never null, not negative
 */
public record RetentionPolicy(Period afterClosing) {

    /**
     * The default: twenty years after closing, the retention period of a youth-care file under the Jeugdwet
     * (art. 7.3.8) and of a medical file under the WGBO (art. 7:454 BW) since 2020; a family case holds the
     * children's records, so the longest period that applies to any part of it applies to all of it. An
     * organisation whose cases hold no youth-care or medical records sets its own.
     */
    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(Period.ofYears(20));

    /**
     * @throws NullPointerException if {@code afterClosing} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation (an {@link IllegalArgumentException}) at
     *     {@code /afterClosing} if it is negative
     */
    public RetentionPolicy {
        Require.notNegative(afterClosing, "afterClosing");
    }
}
