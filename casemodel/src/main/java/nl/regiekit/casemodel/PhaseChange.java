package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An entry of a case's phase history: the case entered {@code phase} on {@code since}.
 * Immutable and thread-safe.
 *
 * @param phase the phase entered; never null
 * @param since the date it was entered; never null
 */
public record PhaseChange(@NotNull Phase phase, @NotNull LocalDate since) {

    /** @throws NullPointerException if an argument is null */
    public PhaseChange {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(since, "since");
    }
}
