package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * The organisation that knows the family and introduces the case manager to it
 * (introducerende instantie). A precondition of acceptance is that it commits to offering
 * low-threshold care in the neighbourhood once the intensive period ends (method §3).
 * Immutable and thread-safe.
 *
 * @param organisation the organisation's name; never null or blank
 * @param contact the contact person's name, if recorded; never null
 * @param aftercareCommitted whether it committed to low-threshold aftercare
 */
public record Introducer(@NotBlank @Size(max = 200) String organisation, Optional<@Size(max = 200) String> contact,
                         boolean aftercareCommitted) {

    /**
     * @throws NullPointerException if {@code organisation} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Introducer {
        Require.nonBlank(organisation, "organisation");
        contact = Require.optional(contact);
    }

    /** Without names: they never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Introducer[aftercareCommitted=" + aftercareCommitted + "]";
    }
}
