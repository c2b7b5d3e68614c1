package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * A person (persoon): a member of a family or someone around it. Personal data:
 * {@link #toString()} shows the identifier only. Immutable and thread-safe.
 *
 * @param id the identifier; never null
 * @param name the name; never null
 * @param birthDate the date of birth, if known; never null
 * @param gender sex or gender as the person states it; never null
 * @param bsn the citizen service number, if recorded; never null
 */
public record Person(@NotNull PersonId id, @NotNull @Valid PersonName name, Optional<@Past LocalDate> birthDate,
                     @NotNull Gender gender, Optional<Bsn> bsn) {

    /** @throws NullPointerException if {@code id}, {@code name} or {@code gender} is null */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        birthDate = Require.optional(birthDate);
        Objects.requireNonNull(gender, "gender");
        bsn = Require.optional(bsn);
    }

    /**
     * The age in whole years on {@code date}, if the birth date is known.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public Optional<Integer> ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return birthDate.map(born -> Period.between(born, date).getYears());
    }

    /** The identifier only: a person's data never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Person[id=" + id + "]";
    }
}
