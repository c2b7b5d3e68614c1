package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * A person's name (naam): given name, optional prefix of the family name (tussenvoegsel,
 * such as "van der") and family name. Personal data: {@link #toString()} masks it.
 * Immutable and thread-safe.
 *
 * @param given the given name or call name; never null or blank
 * @param prefix the prefix of the family name; never null
 * @param family the family name; never null or blank
 */
public record PersonName(@NotBlank @Size(max = 200) String given, Optional<@Size(max = 50) String> prefix,
                         @NotBlank @Size(max = 200) String family) {

    /**
     * @throws NullPointerException if {@code given} or {@code family} is null
     * @throws IllegalArgumentException if either is blank
     */
    public PersonName {
        Require.nonBlank(given, "given");
        prefix = Require.optional(prefix);
        Require.nonBlank(family, "family");
    }

    /** A name without prefix. */
    public static PersonName of(String given, String family) {
        return new PersonName(given, Optional.empty(), family);
    }

    /** Masked: names never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "PersonName[***]";
    }
}
