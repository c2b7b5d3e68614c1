package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.CatalogueLabels;
import nl.regiekit.casemodel.internal.KeyedList;
import nl.regiekit.casemodel.internal.Require;

/**
 * A catalogue of life domains (leefgebiedenlijst), versioned. Organisations use different
 * catalogues (method §6); Regiekit ships three in {@link LifeDomainCatalogs} and accepts an
 * organisation's own through {@link LifeDomainCatalogProvider}. Immutable and thread-safe.
 *
 * <p>Invariants: at least one domain; domain codes are unique.
 *
 * @param id the identifier; never null
 * @param version the version of the catalogue, such as {@code 1}; never null or blank
 * @param nameNl the Dutch name; never null or blank
 * @param nameEn the English name; never null or blank
 * @param domains the domains in their customary order; never null or empty
 */
public record LifeDomainCatalog(@NotNull LifeDomainCatalogId id, @NotBlank @Size(max = 20) String version,
                                @NotBlank @Size(max = 200) String nameNl, @NotBlank @Size(max = 200) String nameEn,
                                @Size(min = 1) List<@Valid LifeDomain> domains) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank or there are no domains
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a code is used twice
     */
    public LifeDomainCatalog {
        Objects.requireNonNull(id, "id");
        Require.nonBlank(version, "version");
        Require.nonBlank(nameNl, "nameNl");
        Require.nonBlank(nameEn, "nameEn");
        domains = KeyedList.of(domains, LifeDomain::code);
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("a catalogue has at least one domain");
        }
        Require.uniqueKeys(domains, LifeDomain::code, "domains", "code");
    }

    /**
     * The domain with this code, if the catalogue has it.
     *
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<LifeDomain> domain(LifeDomainCode code) {
        return KeyedList.<LifeDomainCode, LifeDomain>keyed(domains).first(Objects.requireNonNull(code, "code"));
    }

    /**
     * Whether the catalogue has a domain with this code.
     *
     * @throws NullPointerException if {@code code} is null
     */
    public boolean contains(LifeDomainCode code) {
        return KeyedList.<LifeDomainCode, LifeDomain>keyed(domains).hasKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * The name in the language of {@code locale}: a vendor's bundle's name under {@code catalog.ID} first,
     * else the English name for English and the Dutch name otherwise ({@link CatalogueLabels}).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String name(Locale locale) {
        return CatalogueLabels.name("catalog." + id.value(), locale, nameNl, nameEn);
    }
}
