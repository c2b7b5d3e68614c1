package nl.regiekit.plan;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * How a task or agreement in the help plan recurs (herhaling), such as weekly talks with the mother.
 * Agreements record who does what and when and are monitored (method §7); a recurring one is monitored at
 * each occurrence. It holds the first occurrence, the period between two occurrences as an ISO-8601 period
 * ({@code P1W} weekly, {@code P2W} every two weeks, {@code P1M} monthly), the last day it recurs if it
 * ends, and the occurrences that were kept. The occurrences are
 * the first date plus a whole number of periods, counted from the first, so that monthly from 31 January
 * falls on 28 February and on 31 March. A kept occurrence is recorded by the date it was due, also when
 * the talk itself was moved by a day or two. Immutable and thread-safe.
 *
 * <p>Invariants: the period is more than zero and has no negative part; {@code until} is not before
 * {@code first}; every kept date is an occurrence, recorded once.
 *
 * @param first the first occurrence; never null
 * @param every the period between two occurrences; never null
 * @param until the last day it recurs, if it ends; never null
 * @param kept the occurrences that were kept, by the date they were due; absent in JSON when none was
 *     kept yet; never null
 */
public record Recurrence(@NotNull LocalDate first, @NotNull Period every, Optional<LocalDate> until,
                         List<@NotNull LocalDate> kept) {

    /**
     * @throws NullPointerException if a required argument or a kept date is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} at {@code /every} if the period is
     *     zero or has a negative part, or at {@code /kept/i} if a kept date is not an occurrence; with
     *     {@link ModelCodes#DATE_ORDER} at {@code /until} if it is before {@code first}; with
     *     {@link ModelCodes#DUPLICATE_ID} if a kept date is listed twice
     */
    public Recurrence {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(every, "every");
        until = Require.optional(until);
        kept = Require.list(kept);
        if (every.isZero() || every.getYears() < 0 || every.getMonths() < 0 || every.getDays() < 0) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/every");
        }
        if (until.filter(end -> end.isBefore(first)).isPresent()) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/until");
        }
        Require.uniqueKeys(kept, date -> date, "kept");
        for (int i = 0; i < kept.size(); i++) {
            if (!occursOn(first, every, until, kept.get(i))) {
                throw new ModelViolation(ModelCodes.VALUE_INVALID, "/kept/" + i);
            }
        }
    }

    /**
     * A recurrence from {@code first}, every {@code every}, without an end and with nothing kept yet.
     *
     * @throws NullPointerException if an argument is null
     * @throws ModelViolation if the period is zero or has a negative part
     */
    public static Recurrence of(LocalDate first, Period every) {
        return new Recurrence(first, every, Optional.empty(), List.of());
    }

    /**
     * Whether an occurrence falls on {@code date}.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public boolean occursOn(LocalDate date) {
        return occursOn(first, every, until, Objects.requireNonNull(date, "date"));
    }

    /**
     * The occurrences from the first up to and including {@code date} (and {@link #until()}), oldest first;
     * empty before the first.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public List<LocalDate> occurrencesUntil(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate last = until.filter(end -> end.isBefore(date)).orElse(date);
        List<LocalDate> occurrences = new ArrayList<>();
        for (LocalDate next = first; !next.isAfter(last); next = first.plus(every.multipliedBy(occurrences.size()))) {
            occurrences.add(next);
        }
        return List.copyOf(occurrences);
    }

    /** Whether the occurrence due on {@code date} was kept. */
    public boolean keptOn(LocalDate date) {
        return kept.contains(date);
    }

    /**
     * This recurrence with the occurrence due on {@code date} kept; the same if it was kept already.
     *
     * @throws NullPointerException if {@code date} is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if no occurrence falls on {@code date}
     */
    public Recurrence withKept(LocalDate date) {
        return keptOn(Objects.requireNonNull(date, "date")) ? this
            : new Recurrence(first, every, until, Require.append(kept, date));
    }

    private static boolean occursOn(LocalDate first, Period every, Optional<LocalDate> until, LocalDate date) {
        if (date.isBefore(first) || until.filter(date::isAfter).isPresent()) {
            return false;
        }
        LocalDate next = first;
        for (int n = 1; next.isBefore(date); n++) {
            next = first.plus(every.multipliedBy(n));
        }
        return next.equals(date);
    }
}
