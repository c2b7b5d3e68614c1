package nl.regiekit.casemodel;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.casemodel.internal.Require;

/**
 * The admission criteria an organisation works with (method §3): which of the criteria of regional
 * practice it admits on, the numbers behind those that can be derived from the case, and, for
 * domestic-violence case management, its clock. The case rules derive what they can and report a
 * recorded criterion the case does not meet; the monitor signals each deadline of the clock.
 * Immutable and thread-safe.
 *
 * @param id the set's identifier, named in findings; never null
 * @param criteria the criteria the organisation admits on; never null
 * @param organisationsAtLeast the number of organisations involved at referral behind
 *     {@link Criterion#THREE_OR_MORE_ORGANISATIONS}; default 3 (§3)
 * @param domainsAtLeast the life domains with problems behind {@link Criterion#PROBLEMS_IN_TWO_OR_MORE_DOMAINS};
 *     default 2 (§3)
 * @param manyDomainsAtLeast the life domains with problems behind
 *     {@link Criterion#PROBLEMS_IN_FOUR_OR_MORE_DOMAINS}; default 4 (§3, domestic violence)
 * @param clock the clock of domestic-violence case management, if the organisation works by it; never null
 */
public record CriteriaSet(@NotNull CriteriaSetId id, Set<Criterion> criteria, @Min(1) int organisationsAtLeast,
                          @Min(1) int domainsAtLeast, @Min(1) int manyDomainsAtLeast, Optional<ResponseClock> clock) {

    /** Regional practice (method §3): every criterion, three organisations, two and four life domains, no clock. */
    public static final CriteriaSet REGIONAL = new CriteriaSet(CriteriaSetId.of("regional"), EnumSet.allOf(Criterion.class), 3, 2, 4,
        Optional.empty());

    /**
     * Domestic-violence case management (method §3): problems in at least four life domains, a child
     * protection measure, a justice framework, resistance to help and openness to help, with the clock of
     * {@link ResponseClock#DEFAULTS}.
     */
    public static final CriteriaSet DOMESTIC_VIOLENCE = new CriteriaSet(CriteriaSetId.of("domestic-violence"),
        EnumSet.of(Criterion.PROBLEMS_IN_FOUR_OR_MORE_DOMAINS, Criterion.CHILD_PROTECTION_MEASURE,
            Criterion.JUSTICE_FRAMEWORK, Criterion.RESISTANCE_TO_HELP, Criterion.OPENNESS_TO_HELP), 3, 2, 4,
        Optional.of(ResponseClock.DEFAULTS));

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a number is below one
     */
    public CriteriaSet {
        Objects.requireNonNull(id, "id");
        criteria = criteria == null || criteria.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criteria));
        clock = Require.optional(clock);
        if (organisationsAtLeast < 1 || domainsAtLeast < 1 || manyDomainsAtLeast < 1) {
            throw new IllegalArgumentException("the numbers of a criteria set are 1 or more");
        }
    }

    /** Whether the organisation admits on {@code criterion}. */
    public boolean admits(Criterion criterion) {
        return criteria.contains(criterion);
    }
}
