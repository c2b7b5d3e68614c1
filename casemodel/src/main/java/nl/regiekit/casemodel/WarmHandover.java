package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Objects;

import nl.regiekit.casemodel.internal.Require;

/**
 * A warm handover (warme overdracht) of a declined family to another organisation.
 * Immutable and thread-safe.
 *
 * @param organisation the organisation that takes the family over; never null or blank
 * @param date the date of the handover; never null
 */
public record WarmHandover(@NotBlank @Size(max = 200) String organisation, @NotNull LocalDate date) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code organisation} is blank
     */
    public WarmHandover {
        Require.nonBlank(organisation, "organisation");
        Objects.requireNonNull(date, "date");
    }
}
