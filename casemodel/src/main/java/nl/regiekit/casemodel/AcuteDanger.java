package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.internal.Require;

/**
 * Acute danger (acuut gevaar) as a fact of a referral (method §1, §3): in domestic-violence work
 * safety comes first, and acute danger changes the order of everything else. Immutable and
 * thread-safe.
 *
 * @param date the date the danger was reported; never null
 * @param atRisk the members in danger, empty when not named; never null
 */
public record AcuteDanger(@NotNull LocalDate date, List<@NotNull PersonId> atRisk) {

    /** @throws NullPointerException if {@code date} or a member is null */
    public AcuteDanger {
        Objects.requireNonNull(date, "date");
        atRisk = Require.list(atRisk);
    }
}
