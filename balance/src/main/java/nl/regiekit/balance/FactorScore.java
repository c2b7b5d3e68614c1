package nl.regiekit.balance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.casemodel.LifeDomainCode;

/**
 * The score of one factor in an assessment (factorscore): how strongly the factor is present, on
 * the scale {@value BalancePolicy#MIN_SCORE} (not present) to {@value BalancePolicy#MAX_SCORE}
 * (very strongly present), times its weight {@value BalancePolicy#MIN_WEIGHT} (ordinary) to
 * {@value BalancePolicy#MAX_WEIGHT} (very heavy), and the life domains it touches. The category is
 * recorded with the score, so that an assessment can be scored without its catalogue. Immutable
 * and thread-safe.
 *
 * @param factor the factor; never null
 * @param category the factor's category; never null
 * @param score how strongly the factor is present
 * @param weight the weight of the factor in this family
 * @param domains the life domains the factor touches, codes of the case's life-domain catalogue; never null
 */
public record FactorScore(@NotNull FactorId factor, @NotNull FactorCategory category,
                          @Min(BalancePolicy.MIN_SCORE) @Max(BalancePolicy.MAX_SCORE) int score,
                          @Min(BalancePolicy.MIN_WEIGHT) @Max(BalancePolicy.MAX_WEIGHT) int weight,
                          List<@NotNull LifeDomainCode> domains) {

    /**
     * @throws NullPointerException if an argument or a domain is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if the score or weight is out of range, or a
     *     domain is named twice
     */
    public FactorScore {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(category, "category");
        Require.range(score, BalancePolicy.MIN_SCORE, BalancePolicy.MAX_SCORE, "score");
        Require.range(weight, BalancePolicy.MIN_WEIGHT, BalancePolicy.MAX_WEIGHT, "weight");
        domains = Require.list(domains);
        Require.uniqueKeys(domains, d -> d, "domains");
    }

    /** The score of a catalogue factor with its default weight. */
    public static FactorScore of(Factor factor, int score, String... domains) {
        return new FactorScore(factor.id(), factor.category(), score, factor.weight(),
            List.of(domains).stream().map(LifeDomainCode::of).toList());
    }

    /** The weighted score: score times weight, 0 to 12 on the default scale. */
    public int weighted() {
        return score * weight;
    }

    /** The pan of the scale this score weighs on. */
    public Side side() {
        return category.side();
    }

    /** This score with another score value, same weight and domains. */
    public FactorScore withScore(int value) {
        return new FactorScore(factor, category, value, weight, domains);
    }
}
