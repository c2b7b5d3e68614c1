package nl.regiekit.genogram;

import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.casemodel.PersonId;

/**
 * A parent-child link (ouder-kindrelatie). A link from a person to themself, or a chain of links
 * that makes someone their own ancestor, is reported by the checks, not refused here.
 * Immutable and thread-safe.
 *
 * @param parent the parent; never null
 * @param child the child; never null
 * @param kind how the parent is a parent; never null
 */
public record ParentLink(@NotNull PersonId parent, @NotNull PersonId child, @NotNull ParentKind kind) {

    /** @throws NullPointerException if an argument is null */
    public ParentLink {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(kind, "kind");
    }

    /** Shorthand for the canonical constructor. */
    public static ParentLink of(PersonId parent, PersonId child, ParentKind kind) {
        return new ParentLink(parent, child, kind);
    }
}
