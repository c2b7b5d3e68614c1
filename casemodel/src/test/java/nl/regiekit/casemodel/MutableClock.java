package nl.regiekit.casemodel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock for tests that stands still until it is set: injected where production code takes a
 * {@link Clock}, so that stored timestamps are known in advance.
 */
public final class MutableClock extends Clock {

    private Instant now;

    private MutableClock(Instant now) {
        this.now = Objects.requireNonNull(now, "now");
    }

    /** A clock standing at {@code now}. */
    public static MutableClock at(Instant now) {
        return new MutableClock(now);
    }

    /** Moves the clock to nine in the morning (UTC) of {@code date}. */
    public void setTo(LocalDate date) {
        now = date.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
