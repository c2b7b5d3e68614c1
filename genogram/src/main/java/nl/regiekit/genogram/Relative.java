package nl.regiekit.genogram;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.HouseholdId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.internal.Require;

/**
 * A person in a genogram (persoon in het genogram): a member of the case's family, with the
 * same {@link PersonId} as the {@code FamilyMember}, or a relative outside the case. A year
 * of birth and of death is enough. Personal data: {@link #toString()} shows the identifier
 * only. Immutable and thread-safe.
 *
 * @param id the identifier, the family member's where the person is one; never null
 * @param name the name; never null
 * @param gender sex or gender as recorded; never null
 * @param birthYear the year of birth, if known; never null
 * @param deathYear the year of death, if known; never null
 * @param deceased whether the person has died; true whenever a year of death is given
 * @param household the household the person lives in, if it matters to the picture; never null
 * @param labels the conditions marked on the person, each once, in the given order; never null
 */
public record Relative(@NotNull PersonId id, @NotNull @Valid PersonName name, @NotNull Gender gender,
                       Optional<@Min(1800) @Max(2200) Integer> birthYear,
                       Optional<@Min(1800) @Max(2200) Integer> deathYear, boolean deceased,
                       Optional<HouseholdId> household, List<@NotNull ConditionLabel> labels) {

    /**
     * @throws NullPointerException if {@code id}, {@code name} or {@code gender} is null, or a label is
     * @throws IllegalArgumentException if a label occurs twice
     */
    public Relative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        birthYear = birthYear == null ? Optional.empty() : birthYear;
        deathYear = deathYear == null ? Optional.empty() : deathYear;
        deceased = deceased || deathYear.isPresent();
        household = household == null ? Optional.empty() : household;
        labels = labels == null ? List.of() : List.copyOf(labels);
        if (!Require.distinct(labels)) {
            throw new IllegalArgumentException("a label occurs twice");
        }
    }

    /** A living person with a known year of birth, no household and no labels. */
    public static Relative of(PersonId id, PersonName name, Gender gender, int birthYear) {
        return new Relative(id, name, gender, Optional.of(birthYear), Optional.empty(), false, Optional.empty(),
            List.of());
    }

    /** This person with another year of birth. */
    public Relative withBirthYear(int year) {
        return new Relative(id, name, gender, Optional.of(year), deathYear, deceased, household, labels);
    }

    /** This person with a year of death. */
    public Relative diedIn(int year) {
        return new Relative(id, name, gender, birthYear, Optional.of(year), true, household, labels);
    }

    /** This person living in {@code value}. */
    public Relative livingIn(HouseholdId value) {
        return new Relative(id, name, gender, birthYear, deathYear, deceased, Optional.of(value), labels);
    }

    /** This person with these labels. */
    public Relative labelled(ConditionLabel... values) {
        return new Relative(id, name, gender, birthYear, deathYear, deceased, household, List.of(values));
    }

    /** Whether the person carries {@code label}. */
    public boolean has(ConditionLabel label) {
        return labels.contains(label);
    }

    /** The identifier only: a person's data never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Relative[id=" + id + "]";
    }
}
