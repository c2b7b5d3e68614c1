package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.regiekit.casemodel.internal.CatalogueLabels;
import nl.regiekit.casemodel.internal.Require;

/**
 * A life domain (leefgebied, behoeftengebied): an area of life in which plans, assessments
 * and trajectories are organised (method §6). Immutable and thread-safe.
 *
 * @param code the code, unique within its catalogue; never null
 * @param nameNl the Dutch name; never null or blank
 * @param nameEn the English name; never null or blank
 * @param problems the problems of its own the catalogue names on this domain; each code once; never null
 */
public record LifeDomain(@NotNull LifeDomainCode code, @NotBlank @Size(max = 100) String nameNl,
                         @NotBlank @Size(max = 100) String nameEn, List<@Valid DomainProblem> problems) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a problem code appears twice
     */
    public LifeDomain {
        Objects.requireNonNull(code, "code");
        Require.nonBlank(nameNl, "nameNl");
        Require.nonBlank(nameEn, "nameEn");
        problems = Require.list(problems);
        Require.uniqueKeys(problems, DomainProblem::code, "problems", "code");
    }

    /**
     * A domain without problems of its own.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public LifeDomain(LifeDomainCode code, String nameNl, String nameEn) {
        this(code, nameNl, nameEn, List.of());
    }

    /** Shorthand: a domain with this code and names, without problems of its own. */
    public static LifeDomain of(String code, String nameNl, String nameEn) {
        return new LifeDomain(LifeDomainCode.of(code), nameNl, nameEn);
    }

    /** Whether the catalogue names a problem with this code on this domain. */
    public boolean hasProblem(ProblemCode problem) {
        return problems.stream().anyMatch(p -> p.code().equals(problem));
    }

    /**
     * The name in the language of {@code locale}: a vendor's bundle's name under {@code domain.CODE}
     * first, else the English name for English and the Dutch name otherwise ({@link CatalogueLabels}).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String name(Locale locale) {
        return CatalogueLabels.name("domain." + code.value(), locale, nameNl, nameEn);
    }
}
