package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.internal.Require;

/**
 * A household (huishouden): the family members who live under one roof. A family may have
 * several households, for example after a divorce, and a child may belong to two.
 * Immutable and thread-safe.
 *
 * @param id the identifier; never null
 * @param members the members who live here, each a family member once; never null
 */
public record Household(@NotNull HouseholdId id, List<PersonId> members) {

    /**
     * @throws NullPointerException if {@code id} is null or a member is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a member is listed twice
     */
    public Household {
        Objects.requireNonNull(id, "id");
        members = Require.list(members);
        Require.uniqueKeys(members, member -> member, "members");
    }
}
