package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

import nl.regiekit.casemodel.ProfessionalId;

/**
 * One version of the help plan: its number, date, author and the reason it was written, and the
 * plan's sections as they stood then. Earlier versions are kept in the {@link HelpPlan}.
 * Immutable and thread-safe.
 *
 * @param number the version number, from 1; consecutive within a plan
 * @param date the date of the version; never null
 * @param author the professional who wrote it; never null
 * @param reason why it was written; never null
 * @param content the plan's sections; never null
 */
public record PlanVersion(@Min(1) int number, @NotNull LocalDate date, @NotNull ProfessionalId author,
                          @NotNull VersionReason reason, @NotNull @Valid PlanContent content) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code number} is below 1
     */
    public PlanVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(content, "content");
    }
}
