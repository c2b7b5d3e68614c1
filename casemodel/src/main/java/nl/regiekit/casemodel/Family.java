package nl.regiekit.casemodel;

import jakarta.validation.Valid;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.internal.Require;

/**
 * The family or client system of a case (gezin, cliëntsysteem): its members with their roles
 * and its households. The method expects at least one parent and one child; the case rules
 * report a family without them, since a family is often registered bit by bit.
 * Immutable and thread-safe.
 *
 * <p>Invariants: person identifiers are unique; household identifiers are unique; every
 * household member is a member of the family.
 *
 * @param members the members; never null
 * @param households the households; never null
 */
public record Family(List<@Valid FamilyMember> members, List<@Valid Household> households) {

    /**
     * @throws NullPointerException if a member or household is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if an invariant is broken
     */
    public Family {
        members = Require.list(members);
        households = Require.list(households);
        Require.uniqueKeys(members, FamilyMember::id, "members", "person", "id");
        Require.uniqueKeys(households, Household::id, "households", "id");
        Set<PersonId> ids = members.stream().map(FamilyMember::id).collect(Collectors.toSet());
        for (int i = 0; i < households.size(); i++) {
            Require.resolves(households.get(i).members(), ids, "/households/" + i + "/members");
        }
    }

    /** The identifiers of all members, in no particular order. */
    public Set<PersonId> memberIds() {
        return members.stream().map(FamilyMember::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The member with this identifier, if there is one. */
    public Optional<FamilyMember> member(PersonId id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The index of the member with this identifier in {@link #members()}, or -1. */
    public int indexOf(PersonId id) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The members with this role, in order. */
    public List<FamilyMember> withRole(Role role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }
}
