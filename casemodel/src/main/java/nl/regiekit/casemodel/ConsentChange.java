package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated change of a consent: granted, refused or withdrawn on {@code date}.
 * Immutable and thread-safe.
 *
 * @param date the date; never null
 * @param status the new status; never null
 */
public record ConsentChange(@NotNull LocalDate date, @NotNull ConsentStatus status) {

    /** @throws NullPointerException if an argument is null */
    public ConsentChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
    }
}
