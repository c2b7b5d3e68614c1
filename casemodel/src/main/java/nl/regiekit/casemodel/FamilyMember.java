package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * A member of the family (gezinslid): a person with a role. Immutable and thread-safe.
 *
 * @param person the person; never null
 * @param role the role in the family; never null
 */
public record FamilyMember(@NotNull @Valid Person person, @NotNull Role role) {

    /** @throws NullPointerException if an argument is null */
    public FamilyMember {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
    }

    /** The person's identifier. */
    public PersonId id() {
        return person.id();
    }
}
