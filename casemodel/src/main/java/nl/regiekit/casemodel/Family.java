package nl.regiekit.casemodel;

import jakarta.validation.Valid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.internal.KeyedList;
import nl.regiekit.casemodel.internal.Require;

/**
 * The family or client system of a case (gezin, cliëntsysteem): its members with their roles
 * and its households. The method expects at least one parent and one child; the case rules
 * report a family without them, since a family is often registered bit by bit.
 * Immutable and thread-safe.
 *
 * <p>Invariants: person identifiers are unique; household identifiers are unique; every
 * household member, every child and holder of an authority and every adult and representative of a
 * representation is a member of the family.
 *
 * @param members the members; never null
 * @param households the households; never null
 * @param authorities who holds legal authority over each child, and since when (method §11); absent
 *     in JSON when none is recorded; never null
 * @param representations the representatives of adults who cannot decide for themselves; absent in
 *     JSON when there are none; never null
 */
public record Family(List<@Valid FamilyMember> members, List<@Valid Household> households,
                     List<@Valid Authority> authorities, List<@Valid Representation> representations) {

    /**
     * @throws NullPointerException if a member, household, authority or representation is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if an invariant is broken
     */
    public Family {
        // Found by identifier: the rules look members, authorities and representations up for every
        // exchange, assessment and person drawn, so each lookup costs the items it finds.
        members = KeyedList.of(members, FamilyMember::id);
        households = Require.list(households);
        authorities = KeyedList.of(authorities, Authority::child);
        representations = KeyedList.of(representations, Representation::adult);
        Require.uniqueKeys(members, FamilyMember::id, "members", "person", "id");
        Require.uniqueKeys(households, Household::id, "households", "id");
        Set<PersonId> ids = byId(members).keys();
        for (int i = 0; i < households.size(); i++) {
            Require.resolves(households.get(i).members(), ids, "/households/" + i + "/members");
        }
        for (int i = 0; i < authorities.size(); i++) {
            Require.resolves(authorities.get(i).child(), ids, "/authorities/" + i + "/child");
            Require.resolves(authorities.get(i).holders(), ids, "/authorities/" + i + "/holders");
        }
        for (int i = 0; i < representations.size(); i++) {
            Require.resolves(representations.get(i).adult(), ids, "/representations/" + i + "/adult");
            Require.resolves(representations.get(i).representative(), ids,
                "/representations/" + i + "/representative");
        }
    }

    /**
     * A family with no authority or representation recorded.
     *
     * @throws NullPointerException if a member or household is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if an invariant is broken
     */
    public Family(List<FamilyMember> members, List<Household> households) {
        this(members, households, List.of(), List.of());
    }

    /** The members who hold legal authority over {@code child} on {@code date}; empty when none is recorded. */
    public Set<PersonId> authorityOver(PersonId child, LocalDate date) {
        return KeyedList.<PersonId, Authority>keyed(authorities).with(child).stream().filter(a -> a.inForceOn(date))
            .flatMap(a -> a.holders().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The representatives of {@code adult} on {@code date}; empty when none is appointed. */
    public Set<PersonId> representativesOf(PersonId adult, LocalDate date) {
        return KeyedList.<PersonId, Representation>keyed(representations).with(adult).stream()
            .filter(r -> r.inForceOn(date))
            .map(Representation::representative).collect(Collectors.toUnmodifiableSet());
    }

    /** The identifiers of all members, in no particular order. */
    public Set<PersonId> memberIds() {
        return byId(members).keys();
    }

    /** The member with this identifier, if there is one. */
    public Optional<FamilyMember> member(PersonId id) {
        return byId(members).with(id).stream().findFirst();
    }

    /** The members found by identifier: the compact constructor made the component a {@link KeyedList}. */
    private static KeyedList<PersonId, FamilyMember> byId(List<FamilyMember> members) {
        return KeyedList.keyed(members);
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
