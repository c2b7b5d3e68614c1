package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Locale;
import java.util.Objects;

import nl.regiekit.casemodel.internal.CatalogueLabels;
import nl.regiekit.casemodel.internal.Require;

/**
 * A problem of its own that a catalogue names on one life domain, such as threats and violence on
 * the safety domain of domestic-violence work (method §1). A problem inventory names the problems
 * it found by their code. Immutable and thread-safe.
 *
 * @param code the code, unique within its domain; never null
 * @param nameNl the Dutch name; never null or blank
 * @param nameEn the English name; never null or blank
 */
public record DomainProblem(@NotNull ProblemCode code, @NotBlank @Size(max = 100) String nameNl,
                            @NotBlank @Size(max = 100) String nameEn) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank
     */
    public DomainProblem {
        Objects.requireNonNull(code, "code");
        Require.nonBlank(nameNl, "nameNl");
        Require.nonBlank(nameEn, "nameEn");
    }

    /** Shorthand: a problem with this code and names. */
    public static DomainProblem of(String code, String nameNl, String nameEn) {
        return new DomainProblem(ProblemCode.of(code), nameNl, nameEn);
    }

    /**
     * The name in the language of {@code locale}: a vendor's bundle's name under {@code problem.CODE}
     * first, else the English name for English and the Dutch name otherwise ({@link CatalogueLabels}).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String name(Locale locale) {
        return CatalogueLabels.name("problem." + code.value(), locale, nameNl, nameEn);
    }
}
