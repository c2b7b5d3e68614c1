package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.time.Period;
import java.util.Objects;

/**
 * An organisation's policy for outreach before there is a plan (method §1, §4 phases 1 and 2): how
 * long the case manager may take to make contact with a family that avoids care, and how long
 * attempts may pause before the monitor says they stopped. The method gives no numbers here, only
 * that visits, letters and calls may go unanswered "for weeks" and that the case manager keeps
 * coming back; the defaults, in {@link #DEFAULTS}, are chosen within that. Immutable and thread-safe.
 *
 * @param contactWithin contact is made within this period after the case entered its introduction;
 *     default six weeks: "for weeks" (§1), well inside the three to four months in which the plan is
 *     ready (§4)
 * @param attemptInterval without contact, the next attempt follows the last within this period; default
 *     two weeks, so that a family that does not answer is approached at least twice a month (§1: the case
 *     manager keeps coming back after rejection)
 */
public record OutreachPolicy(@NotNull Period contactWithin, @NotNull Period attemptInterval) {

    /** The defaults, chosen within the method (see the parameters). */
    public static final OutreachPolicy DEFAULTS = new OutreachPolicy(Period.ofWeeks(6), Period.ofWeeks(2));

    /**
     * @throws NullPointerException if a period is null
     * @throws IllegalArgumentException if a period is negative or zero
     */
    public OutreachPolicy {
        for (Period period : new Period[] {Objects.requireNonNull(contactWithin, "contactWithin"),
            Objects.requireNonNull(attemptInterval, "attemptInterval")}) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("periods must be positive");
            }
        }
    }
}
