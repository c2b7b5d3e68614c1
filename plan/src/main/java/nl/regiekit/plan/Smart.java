package nl.regiekit.plan;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * The SMART parts of a goal: the specific outcome, the measurable indicator, the achievable and
 * relevant notes, and the target date. Each part may be missing while a plan is drafted; the plan
 * rules name the missing parts. Immutable and thread-safe.
 *
 * @param outcome the specific outcome, free text; never null
 * @param indicator the measurable indicator, free text; never null
 * @param achievable why it is achievable, free text; never null
 * @param relevant why it is relevant, free text; never null
 * @param targetDate the date by which it is reached; never null
 */
public record Smart(Optional<@Size(max = 4000) String> outcome, Optional<@Size(max = 4000) String> indicator,
                    Optional<@Size(max = 4000) String> achievable, Optional<@Size(max = 4000) String> relevant,
                    Optional<LocalDate> targetDate) {

    /** No part filled in. */
    public static final Smart EMPTY = new Smart(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());

    /** Absent parts become empty; a blank text counts as missing. */
    public Smart {
        outcome = Require.optional(outcome);
        indicator = Require.optional(indicator);
        achievable = Require.optional(achievable);
        relevant = Require.optional(relevant);
        targetDate = Require.optional(targetDate);
    }

    /** All five parts. */
    public static Smart of(String outcome, String indicator, String achievable, String relevant,
                           LocalDate targetDate) {
        return new Smart(Optional.of(outcome), Optional.of(indicator), Optional.of(achievable),
            Optional.of(relevant), Optional.of(targetDate));
    }

    /** The parts that are missing or blank, in SMART order; never null. */
    public List<SmartPart> missing() {
        if (targetDate.isPresent() && !blank(outcome) && !blank(indicator) && !blank(achievable)
            && !blank(relevant)) {
            return List.of();
        }
        List<SmartPart> missing = new ArrayList<>();
        if (blank(outcome)) {
            missing.add(SmartPart.SPECIFIC);
        }
        if (blank(indicator)) {
            missing.add(SmartPart.MEASURABLE);
        }
        if (blank(achievable)) {
            missing.add(SmartPart.ACHIEVABLE);
        }
        if (blank(relevant)) {
            missing.add(SmartPart.RELEVANT);
        }
        if (targetDate.isEmpty()) {
            missing.add(SmartPart.TIME_BOUND);
        }
        return List.copyOf(missing);
    }

    /** This goal's parts with another target date. */
    public Smart withTargetDate(LocalDate date) {
        return new Smart(outcome, indicator, achievable, relevant, Optional.of(date));
    }

    private static boolean blank(Optional<String> text) {
        return text.map(String::isBlank).orElse(true);
    }

    /** No free text: a goal's wording may be personal. */
    @Override
    public String toString() {
        return "Smart[missing=" + missing() + "]";
    }
}
