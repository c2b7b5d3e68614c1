package nl.regiekit.genogram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Family;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.Parenthood;
import nl.regiekit.casemodel.Person;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.genogram.internal.Lineage;

/**
 * The checks of a genogram. {@link #check(Genogram)} returns findings with pointers relative to
 * the genogram (its JSON is the root); it never throws on genogram data. Immutable and
 * thread-safe.
 */
public final class GenogramRules {

    private final GenogramPolicy policy;

    /**
     * @param policy the organisation's numbers
     * @throws NullPointerException if {@code policy} is null
     */
    public GenogramRules(GenogramPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Checks with {@link GenogramPolicy#DEFAULTS}. */
    public static GenogramRules defaults() {
        return new GenogramRules(GenogramPolicy.DEFAULTS);
    }

    /**
     * The findings for {@code genogram}, in the order of the checks and then of the document.
     *
     * @throws NullPointerException if {@code genogram} is null
     */
    public List<Finding> check(Genogram genogram) {
        Objects.requireNonNull(genogram, "genogram");
        List<Finding> findings = new ArrayList<>();
        Map<PersonId, Relative> people = genogram.peopleById();
        index(genogram, people, findings);
        unknownPeople(genogram, people, findings);
        years(genogram, findings);
        ancestry(genogram, findings);
        parentAges(genogram, people, findings);
        return List.copyOf(findings);
    }

    /**
     * The findings for a case's genogram: those of {@link #check(Genogram)}, then, for the family
     * members of the case, each member missing from the genogram, each person whose gender or
     * year of birth differs from the member's with the same identifier, and each parenthood the family
     * records that the genogram draws otherwise.
     *
     * @param family the family of the case the genogram belongs to
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(Genogram genogram, Family family) {
        Objects.requireNonNull(family, "family");
        List<Finding> findings = new ArrayList<>(check(genogram));
        Map<PersonId, Relative> people = genogram.peopleById();
        for (FamilyMember member : family.members()) {
            if (!people.containsKey(member.person().id())) {
                findings.add(Finding.about(GenogramCodes.MEMBER_NOT_DRAWN, "/people", member.person().id(),
                    member.person().id()));
            }
        }
        for (int i = 0; i < genogram.people().size(); i++) {
            Relative person = genogram.people().get(i);
            Optional<Person> member = family.member(person.id()).map(FamilyMember::person);
            if (member.isEmpty()) {
                continue;
            }
            Gender gender = member.get().gender();
            if (gender != Gender.UNKNOWN && person.gender() != Gender.UNKNOWN && gender != person.gender()) {
                findings.add(Finding.about(GenogramCodes.MEMBER_MISMATCH, Pointer.of("people", i, "gender"),
                    person.id(), person.id(), Field.GENDER));
            }
            Optional<Integer> born = member.get().birthDate().map(LocalDate::getYear);
            if (born.isPresent() && person.birthYear().isPresent() && !born.equals(person.birthYear())) {
                findings.add(Finding.about(GenogramCodes.MEMBER_MISMATCH, Pointer.of("people", i, "birthYear"),
                    person.id(), person.id(), Field.BIRTH_YEAR));
            }
        }
        parenthoods(genogram, people, family, findings);
        return List.copyOf(findings);
    }

    /**
     * Each parenthood recorded in the family between two people the genogram draws, which the genogram
     * draws with another kind than {@link ParentKind#of(Parenthood)}, at that link, or not at all, at
     * {@code /parentLinks}.
     */
    private static void parenthoods(Genogram genogram, Map<PersonId, Relative> people, Family family,
                                    List<Finding> findings) {
        List<ParentLink> links = genogram.parentLinks();
        for (Parenthood parenthood : family.parenthoods()) {
            if (!people.containsKey(parenthood.parent()) || !people.containsKey(parenthood.child())) {
                continue;
            }
            ParentKind expected = ParentKind.of(parenthood);
            int index = -1;
            for (int i = 0; i < links.size() && index < 0; i++) {
                if (links.get(i).parent().equals(parenthood.parent()) && links.get(i).child().equals(parenthood.child())) {
                    index = i;
                }
            }
            if (index < 0 || links.get(index).kind() != expected) {
                findings.add(Finding.about(GenogramCodes.PARENTHOOD_MISMATCH,
                    index < 0 ? Pointer.of("parentLinks") : Pointer.of("parentLinks", index, "kind"), parenthood.child(),
                    parenthood.child(), parenthood.parent(), expected));
            }
        }
    }

    /** The part of a person that differs, named in {@link GenogramCodes#MEMBER_MISMATCH}. */
    public enum Field {
        /** Sex or gender. */
        GENDER,
        /** The year of birth. */
        BIRTH_YEAR
    }

    /**
     * The findings for {@code sociogram}: the isolation signal when informal support is below the
     * policy's threshold, at {@code /ties}.
     *
     * @throws NullPointerException if {@code sociogram} is null
     */
    public List<Finding> check(Sociogram sociogram) {
        NetworkMeasures measures = sociogram.measures(policy);
        if (measures.isolated()) {
            return List.of(Finding.of(GenogramCodes.ISOLATION, "/ties", measures.informalSupport(),
                policy.minInformalSupport()));
        }
        return List.of();
    }

    private static void index(Genogram genogram, Map<PersonId, Relative> people, List<Finding> findings) {
        Optional<PersonId> index = genogram.index();
        if (index.isEmpty()) {
            findings.add(Finding.of(GenogramCodes.NO_INDEX_PERSON, "/index"));
        } else if (!people.containsKey(index.get())) {
            findings.add(Finding.about(GenogramCodes.UNKNOWN_PERSON, "/index", index.get(), index.get()));
        }
    }

    private static void unknownPeople(Genogram genogram, Map<PersonId, Relative> people, List<Finding> findings) {
        for (int i = 0; i < genogram.couples().size(); i++) {
            Couple couple = genogram.couples().get(i);
            known(people, couple.first(), Pointer.of("couples", i, "first"), findings);
            known(people, couple.second(), Pointer.of("couples", i, "second"), findings);
        }
        for (int i = 0; i < genogram.parentLinks().size(); i++) {
            ParentLink link = genogram.parentLinks().get(i);
            known(people, link.parent(), Pointer.of("parentLinks", i, "parent"), findings);
            known(people, link.child(), Pointer.of("parentLinks", i, "child"), findings);
        }
        for (int i = 0; i < genogram.twins().size(); i++) {
            Twins twins = genogram.twins().get(i);
            known(people, twins.first(), Pointer.of("twins", i, "first"), findings);
            known(people, twins.second(), Pointer.of("twins", i, "second"), findings);
        }
        for (int i = 0; i < genogram.ties().size(); i++) {
            EmotionalTie tie = genogram.ties().get(i);
            known(people, tie.from(), Pointer.of("ties", i, "from"), findings);
            known(people, tie.to(), Pointer.of("ties", i, "to"), findings);
        }
    }

    private static void known(Map<PersonId, Relative> people, PersonId id, String pointer, List<Finding> findings) {
        if (!people.containsKey(id)) {
            findings.add(Finding.about(GenogramCodes.UNKNOWN_PERSON, pointer, id, id));
        }
    }

    private static void years(Genogram genogram, List<Finding> findings) {
        for (int i = 0; i < genogram.people().size(); i++) {
            Relative person = genogram.people().get(i);
            if (person.birthYear().isPresent() && person.deathYear().isPresent()
                && person.deathYear().get() < person.birthYear().get()) {
                findings.add(Finding.about(GenogramCodes.DEATH_BEFORE_BIRTH, Pointer.of("people", i, "deathYear"),
                    person.id(), person.id()));
            }
        }
    }

    private static void ancestry(Genogram genogram, List<Finding> findings) {
        Lineage lineage = new Lineage(genogram);
        BitSet cyclic = lineage.cyclic();
        for (int i = cyclic.nextSetBit(0); i >= 0; i = cyclic.nextSetBit(i + 1)) {
            PersonId id = genogram.people().get(i).id();
            findings.add(Finding.about(GenogramCodes.OWN_ANCESTOR, Pointer.of("people", i), id, id));
        }
        Map<PersonId, Integer> biological = new HashMap<>();
        for (ParentLink link : genogram.parentLinks()) {
            if (link.kind() == ParentKind.BIOLOGICAL) {
                biological.merge(link.child(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < genogram.people().size(); i++) {
            PersonId id = genogram.people().get(i).id();
            int count = biological.getOrDefault(id, 0);
            if (count > 2) {
                findings.add(Finding.about(GenogramCodes.TOO_MANY_BIOLOGICAL_PARENTS, Pointer.of("people", i), id,
                    id, count));
            }
        }
    }

    private void parentAges(Genogram genogram, Map<PersonId, Relative> people, List<Finding> findings) {
        for (int i = 0; i < genogram.parentLinks().size(); i++) {
            ParentLink link = genogram.parentLinks().get(i);
            Relative parent = people.get(link.parent());
            Relative child = people.get(link.child());
            if (link.kind() != ParentKind.BIOLOGICAL || parent == null || child == null
                || parent.birthYear().isEmpty() || child.birthYear().isEmpty()) {
                continue;
            }
            int age = child.birthYear().get() - parent.birthYear().get();
            if (age < policy.minParentAge()) {
                findings.add(Finding.about(GenogramCodes.PARENT_TOO_YOUNG, Pointer.of("parentLinks", i), parent.id(),
                    parent.id(), age, child.id(), policy.minParentAge()));
            }
        }
    }
}
