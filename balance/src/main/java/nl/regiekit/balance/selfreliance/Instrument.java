package nl.regiekit.balance.selfreliance;

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
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCode;

/**
 * A versioned self-reliance instrument (zelfredzaamheidsinstrument): the domains it scores and a
 * scale of labelled levels, lowest first. Regiekit ships the domain and level names of the Dutch
 * self-reliance matrix in {@link Instruments}, never its licensed criteria; an organisation loads
 * its own through an {@link InstrumentProvider}. Immutable and thread-safe.
 *
 * <p>Invariants: at least one domain, domain codes unique; at least two levels, values strictly rising.
 *
 * @param id the identifier; never null
 * @param version the version, such as {@code 2017}; never null or blank
 * @param nameNl the Dutch name; never null or blank
 * @param nameEn the English name; never null or blank
 * @param domains the domains it scores, in their customary order; never null or empty
 * @param levels the scale, lowest level first; never null
 */
public record Instrument(@NotNull InstrumentId id, @NotBlank @Size(max = 20) String version,
                         @NotBlank @Size(max = 200) String nameNl, @NotBlank @Size(max = 200) String nameEn,
                         @Size(min = 1) List<@Valid LifeDomain> domains, @Size(min = 2) List<@Valid ScaleLevel> levels) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank, there are no domains, fewer than two levels, a
     *     domain twice or levels not rising
     */
    public Instrument {
        Objects.requireNonNull(id, "id");
        Require.nonBlank(version, "version");
        Require.nonBlank(nameNl, "nameNl");
        Require.nonBlank(nameEn, "nameEn");
        domains = KeyedList.of(domains, LifeDomain::code);
        levels = Require.list(levels);
        if (domains.isEmpty() || levels.size() < 2) {
            throw new IllegalArgumentException("an instrument has at least one domain and two levels");
        }
        Require.uniqueKeys(domains, LifeDomain::code, "domains", "code");
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).value() <= levels.get(i - 1).value()) {
                throw new IllegalArgumentException("the levels of a scale rise strictly");
            }
        }
    }

    /**
     * The domain with this code, if the instrument scores it.
     *
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<LifeDomain> domain(LifeDomainCode code) {
        return KeyedList.<LifeDomainCode, LifeDomain>keyed(domains).first(Objects.requireNonNull(code, "code"));
    }

    /** The level with this value, if the scale has it. */
    public Optional<ScaleLevel> level(int value) {
        for (ScaleLevel level : levels) {
            if (level.value() == value) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The lowest level of the scale. */
    public ScaleLevel lowest() {
        return levels.get(0);
    }

    /** The highest level of the scale. */
    public ScaleLevel highest() {
        return levels.get(levels.size() - 1);
    }

    /**
     * The name in the language of {@code locale}: a vendor's bundle's name under {@code instrument.ID}
     * first, else the English name for English and the Dutch name otherwise ({@link CatalogueLabels}).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String name(Locale locale) {
        return CatalogueLabels.name("instrument." + id.value(), locale, nameNl, nameEn);
    }

    /**
     * The name of {@code level} of this instrument's scale in the language of {@code locale}, as
     * {@link #name(Locale)} finds it, under {@code instrument.ID.level.VALUE}
     * ({@code instrument.regiekit\:zrm-13.level.1}).
     *
     * @throws NullPointerException if an argument is null
     */
    public String levelName(ScaleLevel level, Locale locale) {
        return CatalogueLabels.name("instrument." + id.value() + ".level." + level.value(), locale, level.nameNl(),
            level.nameEn());
    }
}
