package nl.regiekit.balance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Locale;
import java.util.Objects;

import nl.regiekit.casemodel.internal.CatalogueLabels;
import nl.regiekit.casemodel.internal.Require;

/**
 * A factor of the balance model (factor): a protective factor, a skill, a task or a risk factor,
 * with its category (method §8) and its default weight. Immutable and thread-safe.
 *
 * @param id the identifier, unique within its catalogue; never null
 * @param category where the factor sits in the model; never null
 * @param nameNl the Dutch name; never null or blank
 * @param nameEn the English name; never null or blank
 * @param weight the default weight of a score on this factor, {@value BalancePolicy#MIN_WEIGHT} to
 *     {@value BalancePolicy#MAX_WEIGHT} (see {@link FactorScore})
 * @param pathology whether the factor is a pathology that calls for treatment (route 5 of method §8)
 */
public record Factor(@NotNull FactorId id, @NotNull FactorCategory category, @NotBlank @Size(max = 100) String nameNl,
                     @NotBlank @Size(max = 100) String nameEn,
                     @Min(BalancePolicy.MIN_WEIGHT) @Max(BalancePolicy.MAX_WEIGHT) int weight, boolean pathology) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a name is blank or the weight out of range
     */
    public Factor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Require.nonBlank(nameNl, "nameNl");
        Require.nonBlank(nameEn, "nameEn");
        Require.range(weight, BalancePolicy.MIN_WEIGHT, BalancePolicy.MAX_WEIGHT, "weight");
    }

    /** Shorthand for a factor that is not a pathology. */
    public static Factor of(String id, FactorCategory category, int weight, String nameNl, String nameEn) {
        return new Factor(FactorId.of(id), category, nameNl, nameEn, weight, false);
    }

    /**
     * The name in the language of {@code locale}: a vendor's bundle's name under {@code factor.ID} first,
     * else the English name for English and the Dutch name otherwise ({@link CatalogueLabels}).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String name(Locale locale) {
        return CatalogueLabels.name("factor." + id.value(), locale, nameNl, nameEn);
    }
}
