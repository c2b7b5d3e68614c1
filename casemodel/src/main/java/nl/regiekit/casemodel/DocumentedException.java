package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Objects;

import nl.regiekit.casemodel.internal.Require;

/**
 * A documented exception that overrides a contra-indication (gedocumenteerde uitzondering):
 * when, by whom and why the team decided to accept the family all the same.
 * Immutable and thread-safe.
 *
 * @param date the date of the decision; never null
 * @param decidedBy the professional who took it; never null
 * @param justification why; free text; never null or blank
 */
public record DocumentedException(@NotNull LocalDate date, @NotNull ProfessionalId decidedBy,
                                  @NotBlank @Size(max = 4000) String justification) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code justification} is blank
     */
    public DocumentedException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Require.nonBlank(justification, "justification");
    }

    /** Without the justification: free text never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "DocumentedException[date=" + date + ", decidedBy=" + decidedBy + "]";
    }
}
