package nl.regiekit.balance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.LifeDomainCode;

/**
 * The scored balance of one {@link Assessment} (balans): total capacity against total burden, the
 * balance index and its verdict, the breakdown per category, level and life domain, the heaviest
 * burdens, the strongest protections, and the suggested intervention routes. Made by
 * {@link BalanceScoring}. Immutable and thread-safe.
 *
 * <p>The balance index is {@code (capacity - burden) / (capacity + burden)}, from {@code -1} (only
 * burden) through {@code 0} (even) to {@code 1} (only capacity); it is {@code 0} when nothing was
 * scored. See {@link #index(int, int)}.
 *
 * @param assessment the assessment scored; never null
 * @param date the assessment's date; never null
 * @param capacity the sum of the weighted scores of capacity factors, 0 or more
 * @param burden the sum of the weighted scores of burden factors, 0 or more
 * @param index the balance index, {@code -1} to {@code 1}
 * @param verdict the verdict band of the index under the policy; never null
 * @param categories the weighted total per category, in the order of {@link FactorCategory}, all twelve; never null
 * @param levels the weighted burden of risk factors per level, micro, meso, macro; never null
 * @param domains capacity and burden per life domain touched, in order of first mention; never null
 * @param heaviestBurdens the burden scores with the highest weighted score, heaviest first; never null
 * @param strongestProtections the capacity scores with the highest weighted score, strongest first; never null
 * @param suggestions the intervention routes suggested, in route order; never null
 */
public record Balance(AssessmentId assessment, LocalDate date, int capacity, int burden, double index,
                      Verdict verdict, List<CategoryTotal> categories, List<LevelTotal> levels,
                      List<DomainTotal> domains, List<FactorScore> heaviestBurdens,
                      List<FactorScore> strongestProtections, List<Suggestion> suggestions) {

    /** @throws NullPointerException if an argument is null */
    public Balance {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(verdict, "verdict");
        categories = List.copyOf(categories);
        levels = List.copyOf(levels);
        domains = List.copyOf(domains);
        heaviestBurdens = List.copyOf(heaviestBurdens);
        strongestProtections = List.copyOf(strongestProtections);
        suggestions = List.copyOf(suggestions);
    }

    /**
     * The balance index: {@code (capacity - burden) / (capacity + burden)}, or {@code 0} when both
     * are {@code 0}. It never rises when burden is added and never falls when capacity is added.
     *
     * @throws IllegalArgumentException if a total is negative
     */
    public static double index(int capacity, int burden) {
        if (capacity < 0 || burden < 0) {
            throw new IllegalArgumentException("totals must not be negative");
        }
        int sum = capacity + burden;
        return sum == 0 ? 0.0 : (double) (capacity - burden) / sum;
    }

    /**
     * The weighted total of one category. Immutable and thread-safe.
     *
     * @param category the category; never null
     * @param total the sum of its weighted scores
     */
    public record CategoryTotal(FactorCategory category, int total) {
    }

    /**
     * The weighted burden of the risk factors of one level. Immutable and thread-safe.
     *
     * @param level the level; never null
     * @param total the sum of its weighted scores
     */
    public record LevelTotal(Level level, int total) {
    }

    /**
     * Capacity and burden of the factors that touch one life domain; a factor touching several
     * domains counts fully in each. Immutable and thread-safe.
     *
     * @param domain the life domain; never null
     * @param capacity the weighted capacity touching it
     * @param burden the weighted burden touching it
     */
    public record DomainTotal(LifeDomainCode domain, int capacity, int burden) {

        /** The balance index of this domain alone, by {@link Balance#index(int, int)}. */
        public double index() {
            return Balance.index(capacity, burden);
        }
    }
}
