package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * The representative of an adult who cannot decide about their own affairs (curator or mentor,
 * method §11): from the day of the appointment, the representative consents for the adult's data.
 * The representative is a member of the family, such as a sibling appointed as mentor. Immutable and
 * thread-safe.
 *
 * <p>Invariants: the representative is not the adult; {@code until} is not before {@code since}.
 *
 * @param adult the adult represented; never null
 * @param representative the member who represents them; never null
 * @param kind curatorship or mentorship; never null
 * @param since the first day of the appointment; never null
 * @param until the last day of the appointment, if it ended; never null
 */
public record Representation(@NotNull PersonId adult, @NotNull PersonId representative,
                             @NotNull RepresentationKind kind, @NotNull LocalDate since, Optional<LocalDate> until) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if the adult represents themselves;
     *     with {@link ModelCodes#DATE_ORDER} if {@code until} is before {@code since}
     */
    public Representation {
        Objects.requireNonNull(adult, "adult");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        until = Require.optional(until);
        if (adult.equals(representative)) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/representative");
        }
        if (until.filter(end -> end.isBefore(since)).isPresent()) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/until");
        }
    }

    /** Whether the appointment holds on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(since) && until.map(end -> !date.isAfter(end)).orElse(true);
    }
}
