package nl.regiekit.balance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.KeyedList;
import nl.regiekit.casemodel.internal.Require;

/**
 * A versioned catalogue of balance-model factors (factorenlijst). Regiekit ships
 * {@link FactorCatalogs#DEFAULT}; an organisation supplies its own through a
 * {@link FactorCatalogProvider}. An assessment names the catalogue and version it used.
 * Immutable and thread-safe.
 *
 * <p>Invariants: at least one factor; factor identifiers are unique.
 *
 * @param id the identifier; never null
 * @param version the version, such as {@code 1}; never null or blank
 * @param nameNl the Dutch name; never null or blank
 * @param nameEn the English name; never null or blank
 * @param factors the factors in their customary order; never null or empty
 */
public record FactorCatalog(@NotNull FactorCatalogId id, @NotBlank @Size(max = 20) String version,
                            @NotBlank @Size(max = 200) String nameNl, @NotBlank @Size(max = 200) String nameEn,
                            @Size(min = 1) List<@Valid Factor> factors) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank, there are no factors or an identifier is used twice
     */
    public FactorCatalog {
        Objects.requireNonNull(id, "id");
        Require.nonBlank(version, "version");
        Require.nonBlank(nameNl, "nameNl");
        Require.nonBlank(nameEn, "nameEn");
        factors = KeyedList.of(factors, Factor::id);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("a factor catalogue has at least one factor");
        }
        Require.uniqueKeys(factors, Factor::id, "factors", "id");
    }

    /**
     * The factor with this identifier, if the catalogue has it.
     *
     * @throws NullPointerException if {@code factorId} is null
     */
    public Optional<Factor> factor(FactorId factorId) {
        return KeyedList.<FactorId, Factor>keyed(factors).first(Objects.requireNonNull(factorId, "factorId"));
    }
}
