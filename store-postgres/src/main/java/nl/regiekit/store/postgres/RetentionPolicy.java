package nl.regiekit.store.postgres;

import java.time.Period;
import java.util.Objects;

/**
 * How long a closed case is kept (bewaartermijn) before it is due for erasure: policy data, set per
 * organisation. Immutable and thread-safe.
 *
 * @param afterClosing how long after the case closed it is kept; not negative
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
     * @throws IllegalArgumentException if {@code afterClosing} is negative
     */
    public RetentionPolicy {
        Objects.requireNonNull(afterClosing, "afterClosing");
        if (afterClosing.isNegative()) {
            throw new IllegalArgumentException("afterClosing must not be negative");
        }
    }
}
