package nl.regiekit.casemodel;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Set;

/**
 * The clock of domestic-violence case management (method §3): contact with the family within a
 * number of working days of the report, adequate help started within a number of working days, and
 * first help by the case manager for at most a period. Working days are Monday to Friday except the
 * organisation's holidays. Immutable and thread-safe.
 *
 * @param contactWorkingDays contact within this many working days of the referral; default 2 (§3)
 * @param helpWorkingDays adequate help started within this many working days of the referral; default 3 (§3)
 * @param firstHelpMax first help by the case manager lasts at most this long after the introduction
 *     began; default three months (§3)
 * @param holidays the days that are not working days besides weekends; default none; never null
 */
public record ResponseClock(@Min(0) int contactWorkingDays, @Min(0) int helpWorkingDays, @NotNull Period firstHelpMax,
                            Set<LocalDate> holidays) {

    /** The clock of method §3: two working days, three working days, three months. */
    public static final ResponseClock DEFAULTS = new ResponseClock(2, 3, Period.ofMonths(3), Set.of());

    /**
     * @throws NullPointerException if the period or a holiday is null
     * @throws IllegalArgumentException if a number or the period is negative
     */
    public ResponseClock {
        Objects.requireNonNull(firstHelpMax, "firstHelpMax");
        holidays = Set.copyOf(holidays == null ? Set.of() : holidays);
        if (contactWorkingDays < 0 || helpWorkingDays < 0 || firstHelpMax.isNegative()) {
            throw new IllegalArgumentException("working days and the period must not be negative");
        }
    }

    /** Whether {@code day} is a working day: Monday to Friday and not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day {@code workingDays} working days after {@code start}: a report on Friday with two working
     * days is due on Tuesday.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        LocalDate day = start;
        for (int left = workingDays; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** This clock with these holidays. */
    public ResponseClock withHolidays(Set<LocalDate> days) {
        return new ResponseClock(contactWorkingDays, helpWorkingDays, firstHelpMax, days);
    }
}
