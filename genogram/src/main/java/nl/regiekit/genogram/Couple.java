package nl.regiekit.genogram;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * A couple relationship (partnerrelatie) between two people of any gender; a person may have
 * several over a life. Years are enough. Immutable and thread-safe.
 *
 * @param first one partner, drawn left where the layout allows; never null
 * @param second the other partner; never null and not {@code first}
 * @param status the state of the relationship; never null
 * @param startYear the year it began, if known; never null
 * @param endYear the year it ended, if known; never null, not before the start
 */
public record Couple(@NotNull PersonId first, @NotNull PersonId second, @NotNull CoupleStatus status,
                     Optional<@Min(1800) @Max(2200) Integer> startYear,
                     Optional<@Min(1800) @Max(2200) Integer> endYear) {

    /**
     * @throws NullPointerException if a partner or the status is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if both partners are the same person,
     *     or {@link ModelCodes#DATE_ORDER} if it ended before it began
     */
    public Couple {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(status, "status");
        startYear = startYear == null ? Optional.empty() : startYear;
        endYear = endYear == null ? Optional.empty() : endYear;
        if (first.equals(second)) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/second");
        }
        if (startYear.isPresent() && endYear.isPresent() && endYear.get() < startYear.get()) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/endYear");
        }
    }

    /** A relationship with a start year and no end year. */
    public static Couple of(PersonId first, PersonId second, CoupleStatus status, int startYear) {
        return new Couple(first, second, status, Optional.of(startYear), Optional.empty());
    }

    /** This relationship ended in {@code year} with {@code outcome}. */
    public Couple ended(CoupleStatus outcome, int year) {
        return new Couple(first, second, outcome, startYear, Optional.of(year));
    }

    /** Whether {@code person} is one of the partners. */
    public boolean involves(PersonId person) {
        return first.equals(person) || second.equals(person);
    }

    /** The partner of {@code person}. */
    public PersonId partnerOf(PersonId person) {
        return first.equals(person) ? second : first;
    }
}
