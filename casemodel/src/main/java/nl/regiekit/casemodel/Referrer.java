package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * Who referred the family (aanmelder): a professional organisation and its contact person.
 * Immutable and thread-safe.
 *
 * @param kind the kind of referrer; never null
 * @param organisation the organisation's name; never null or blank
 * @param contact the contact person's name, if recorded; never null
 */
public record Referrer(@NotNull ReferrerKind kind, @NotBlank @Size(max = 200) String organisation,
                       Optional<@Size(max = 200) String> contact) {

    /**
     * @throws NullPointerException if {@code kind} or {@code organisation} is null
     * @throws IllegalArgumentException if {@code organisation} is blank
     */
    public Referrer {
        Objects.requireNonNull(kind, "kind");
        Require.nonBlank(organisation, "organisation");
        contact = Require.optional(contact);
    }

    /** The kind only: names never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Referrer[kind=" + kind + "]";
    }
}
