package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * One line of the division of roles (rolverdeling, method §7): what a family member, the case
 * manager or another organisation does, and when; it may recur, such as weekly talks with the mother
 * ({@link Recurrence}), and the monitor then watches each occurrence. Immutable and thread-safe.
 *
 * @param who who does it; never null
 * @param what what they do, free text; never null or blank
 * @param when when, if a date is set; never null
 * @param recurs how it recurs, with the occurrences kept, if it recurs; never null
 */
public record Task(@NotNull @Valid Responsible who, @NotBlank @Size(max = 4000) String what,
                   Optional<LocalDate> when, Optional<@Valid Recurrence> recurs) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if {@code what} is blank
     */
    public Task {
        Objects.requireNonNull(who, "who");
        Require.nonBlank(what, "what");
        when = Require.optional(when);
        recurs = Require.optional(recurs);
    }

    /**
     * A task that does not recur.
     *
     * @throws NullPointerException if a required argument is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if {@code what} is blank
     */
    public Task(Responsible who, String what, Optional<LocalDate> when) {
        this(who, what, when, Optional.empty());
    }

    /** Who only: the task's wording may be personal. */
    @Override
    public String toString() {
        return "Task[who=" + who.value() + "]";
    }
}
