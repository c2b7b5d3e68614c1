package nl.regiekit.casemodel;

import jakarta.validation.Valid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.KeyedList;
import nl.regiekit.casemodel.internal.Require;

/**
 * The family or client system of a case (gezin, cliëntsysteem): its members with their roles
 * and its households. The method expects at least one parent and one child; the case rules
 * report a family without them, since a family is often registered bit by bit.
 * Immutable and thread-safe.
 *
 * <p>Invariants: person identifiers are unique; household identifiers are unique; every
 * household member, every child and holder of an authority, every adult and representative of a
 * representation, every parent and child of a parenthood and every member under a safety restriction is a
 * member of the family; a parent's parenthood towards a child is recorded once; a child has at most two
 * legal parents.
 *
 * @param members the members; never null
 * @param households the households; never null
 * @param authorities who holds legal authority over each child, and since when (method §11); absent
 *     in JSON when none is recorded; never null
 * @param representations the representatives of adults who cannot decide for themselves; absent in
 *     JSON when there are none; never null
 * @param parenthoods who is a parent of which child, legal or not, and of what kind (method §11); absent
 *     in JSON when none is recorded; never null
 * @param restrictions the safety restrictions on members: not to be invited to meetings or informed of
 *     them (method §10, §11); absent in JSON when there are none; never null
 */
public record Family(List<@Valid FamilyMember> members, List<@Valid Household> households,
                     List<@Valid Authority> authorities, List<@Valid Representation> representations,
                     List<@Valid Parenthood> parenthoods, List<@Valid SafetyRestriction> restrictions) {

    /**
     * @throws NullPointerException if a member, household, authority, representation, parenthood or
     *     restriction is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if an invariant is broken: with
     *     {@link ModelCodes#VALUE_INVALID} at {@code /parenthoods/i/legal} for a child's third legal parent;
     *     with {@link ModelCodes#DANGLING_REFERENCE} at {@code /restrictions/i/member} for a restriction on
     *     someone who is not a member
     */
    public Family {
        // Found by identifier: the rules look members, authorities and representations up for every
        // exchange, assessment and person drawn, so each lookup costs the items it finds.
        members = KeyedList.of(members, FamilyMember::id);
        households = Require.list(households);
        authorities = KeyedList.of(authorities, Authority::child);
        representations = KeyedList.of(representations, Representation::adult);
        parenthoods = KeyedList.of(parenthoods, Parenthood::child);
        restrictions = KeyedList.of(restrictions, SafetyRestriction::member);
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
        Require.uniqueKeys(parenthoods, p -> List.of(p.parent(), p.child()), "parenthoods");
        Map<PersonId, Integer> legalParents = new HashMap<>();
        for (int i = 0; i < parenthoods.size(); i++) {
            Parenthood parenthood = parenthoods.get(i);
            Require.resolves(parenthood.parent(), ids, "/parenthoods/" + i + "/parent");
            Require.resolves(parenthood.child(), ids, "/parenthoods/" + i + "/child");
            if (parenthood.legal() && legalParents.merge(parenthood.child(), 1, Integer::sum) > 2) {
                throw new ModelViolation(ModelCodes.VALUE_INVALID, "/parenthoods/" + i + "/legal");
            }
        }
        for (int i = 0; i < restrictions.size(); i++) {
            Require.resolves(restrictions.get(i).member(), ids, "/restrictions/" + i + "/member");
        }
    }

    /**
     * A family with no safety restriction recorded.
     *
     * @throws NullPointerException if a member, household, authority, representation or parenthood is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if an invariant is broken
     */
    public Family(List<FamilyMember> members, List<Household> households, List<Authority> authorities,
                  List<Representation> representations, List<Parenthood> parenthoods) {
        this(members, households, authorities, representations, parenthoods, List.of());
    }

    /**
     * A family with no authority, representation or parenthood recorded.
     *
     * @throws NullPointerException if a member or household is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if an invariant is broken
     */
    public Family(List<FamilyMember> members, List<Household> households) {
        this(members, households, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * This family with another list of safety restrictions.
     *
     * @throws NullPointerException if a restriction is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a restriction is on someone who is not a member
     */
    public Family withRestrictions(List<SafetyRestriction> changed) {
        return new Family(members, households, authorities, representations, parenthoods, changed);
    }

    /**
     * Whether a safety restriction in force on {@code date} forbids {@code measure} for {@code member}:
     * not to invite them, or not to inform them (method §10, §11).
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean restricts(PersonId member, SafetyMeasure measure, LocalDate date) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(date, "date");
        return KeyedList.<PersonId, SafetyRestriction>keyed(restrictions).with(Objects.requireNonNull(member, "member"))
            .stream().anyMatch(r -> r.forbids(measure, date));
    }

    /** The members who hold legal authority over {@code child} on {@code date}; empty when none is recorded. */
    public Set<PersonId> authorityOver(PersonId child, LocalDate date) {
        return recordedHolders(child, date).collect(Collectors.toUnmodifiableSet());
    }

    private Stream<PersonId> recordedHolders(PersonId child, LocalDate date) {
        return KeyedList.<PersonId, Authority>keyed(authorities).with(child).stream().filter(a -> a.inForceOn(date))
            .flatMap(a -> a.holders().stream());
    }

    /** The institution that holds legal authority over {@code child} on {@code date} as guardian, if one does. */
    public Optional<OrganisationId> institutionOver(PersonId child, LocalDate date) {
        return KeyedList.<PersonId, Authority>keyed(authorities).with(child).stream().filter(a -> a.inForceOn(date))
            .flatMap(a -> a.institution().stream()).findFirst();
    }

    /**
     * The members who hold legal authority over {@code child} on {@code date} under {@code policy}: those
     * recorded ({@link #authorityOver(PersonId, LocalDate)}), or, when no authority over the child is
     * recorded at all and the policy takes legal parents to hold it
     * ({@link ConsentPolicy#legalParentsHoldAuthority()}), the child's legal parents.
     *
     * @throws NullPointerException if an argument is null
     */
    public Set<PersonId> authorityOver(PersonId child, LocalDate date, ConsentPolicy policy) {
        return holders(child, date, policy).collect(Collectors.toUnmodifiableSet());
    }

    /** The holders of {@link #authorityOver(PersonId, LocalDate, ConsentPolicy)}, not yet gathered. */
    private Stream<PersonId> holders(PersonId child, LocalDate date, ConsentPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (policy.legalParentsHoldAuthority()
            && KeyedList.<PersonId, Authority>keyed(authorities).with(Objects.requireNonNull(child, "child")).isEmpty()) {
            return legalParents(child);
        }
        return recordedHolders(child, Objects.requireNonNull(date, "date"));
    }

    /**
     * Whether {@code holder} is one of {@link #authorityOver(PersonId, LocalDate, ConsentPolicy)}, without making
     * that set: {@link Case#mayConsentFor} asks it for each consent that may count.
     */
    boolean holdsAuthorityOver(PersonId holder, PersonId child, LocalDate date, ConsentPolicy policy) {
        return holders(child, date, policy).anyMatch(holder::equals);
    }

    /** Whether {@code representative} is one of {@link #representativesOf}, without making that set. */
    boolean represents(PersonId representative, PersonId adult, LocalDate date) {
        return representatives(adult, date).anyMatch(representative::equals);
    }

    /** The parenthoods recorded towards {@code child}, in the family's order; empty when none is recorded. */
    public List<Parenthood> parenthoodsOf(PersonId child) {
        return KeyedList.<PersonId, Parenthood>keyed(parenthoods).with(child);
    }

    /** The legal parents of {@code child}, at most two; empty when none is recorded. */
    public Set<PersonId> legalParentsOf(PersonId child) {
        return legalParents(child).collect(Collectors.toUnmodifiableSet());
    }

    private Stream<PersonId> legalParents(PersonId child) {
        return parenthoodsOf(child).stream().filter(Parenthood::legal).map(Parenthood::parent);
    }

    /** The representatives of {@code adult} on {@code date}; empty when none is appointed. */
    public Set<PersonId> representativesOf(PersonId adult, LocalDate date) {
        return representatives(adult, date).collect(Collectors.toUnmodifiableSet());
    }

    private Stream<PersonId> representatives(PersonId adult, LocalDate date) {
        return KeyedList.<PersonId, Representation>keyed(representations).with(adult).stream()
            .filter(r -> r.inForceOn(date)).map(Representation::representative);
    }

    /** The identifiers of all members, in no particular order. */
    public Set<PersonId> memberIds() {
        return byId(members).keys();
    }

    /** The member with this identifier, if there is one. */
    public Optional<FamilyMember> member(PersonId id) {
        return byId(members).first(id);
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
