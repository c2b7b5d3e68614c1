package nl.regiekit.genogram;

import java.time.LocalDate;
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
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.genogram.internal.Lineage;

/**
 * The checks of a genogram. {@link #check(Genogram)} returns findings with pointers relative to
 * the genogram (its JSON is the root); it never throws on genogram data. Immutable and
 * thread-safe.
 */
public final class GenogramRules {

    private final GenogramPolicy policy;
    private final List<Rule<Drawn>> rules;
    private final List<Rule<Sociogram>> sociogramRules;

    /**
     * @param policy the organisation's numbers
     * @throws NullPointerException if {@code policy} is null
     */
    public GenogramRules(GenogramPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rules = List.of(
            drawn("the genogram has an index person, and draws everyone it refers to",
                List.of(GenogramCodes.NO_INDEX_PERSON, GenogramCodes.UNKNOWN_PERSON), GenogramRules::references),
            drawn("no one dies before they are born", List.of(GenogramCodes.DEATH_BEFORE_BIRTH), GenogramRules::years),
            drawn("no one is their own ancestor", List.of(GenogramCodes.OWN_ANCESTOR), GenogramRules::ancestry),
            drawn("no one has more than two biological parents", List.of(GenogramCodes.TOO_MANY_BIOLOGICAL_PARENTS),
                GenogramRules::biologicalParents),
            drawn("a biological parent is of the policy's age at the child's birth",
                List.of(GenogramCodes.PARENT_TOO_YOUNG), this::parentAges),
            inFamily("every member of the case's family is drawn", List.of(GenogramCodes.MEMBER_NOT_DRAWN),
                GenogramRules::membersDrawn),
            inFamily("a person drawn has the gender and year of birth of the family member",
                List.of(GenogramCodes.MEMBER_MISMATCH), GenogramRules::sameAsMember),
            inFamily("a parenthood the family records is drawn as such", List.of(GenogramCodes.PARENTHOOD_MISMATCH),
                GenogramRules::parenthoods));
        this.sociogramRules = List.of(Rule.of("the informal support of the sociogram reaches the policy's minimum",
            List.of(GenogramCodes.ISOLATION), this::isolation));
    }

    /** The genogram rules, in the order they run: one per check. */
    public List<Rule<Drawn>> rules() {
        return rules;
    }

    /** The sociogram rules, in the order they run. */
    public List<Rule<Sociogram>> sociogramRules() {
        return sociogramRules;
    }

    /**
     * What one run of the genogram rules checks: the genogram with its people by identifier (indexed once
     * for all rules) and the family of the case, if any. Immutable.
     *
     * @param genogram the genogram; never null
     * @param people its people by identifier, {@link Genogram#peopleById()}; never null
     * @param family the family of the case the genogram belongs to, empty for a genogram alone; never null
     */
    public record Drawn(Genogram genogram, Map<PersonId, Relative> people, Optional<Family> family) {

        /** @throws NullPointerException if an argument is null */
        public Drawn {
            Objects.requireNonNull(genogram, "genogram");
            people = Map.copyOf(people);
            Objects.requireNonNull(family, "family");
        }

        /** {@code genogram}, in the family's case if there is one. */
        public static Drawn of(Genogram genogram, Optional<Family> family) {
            return new Drawn(genogram, genogram.peopleById(), family);
        }
    }

    /** One check over a genogram. */
    @FunctionalInterface
    private interface Check {
        void check(Genogram genogram, Map<PersonId, Relative> people, List<Finding> findings);
    }

    /** One check over a genogram in its family. */
    @FunctionalInterface
    private interface FamilyCheck {
        void check(Genogram genogram, Map<PersonId, Relative> people, Family family, List<Finding> findings);
    }

    private static Rule<Drawn> drawn(String description, List<FindingCode> codes, Check check) {
        return Rule.adding(description, codes, (d, findings) -> check.check(d.genogram(), d.people(), findings));
    }

    private static Rule<Drawn> inFamily(String description, List<FindingCode> codes, FamilyCheck check) {
        return Rule.adding(description, codes, (d, findings) -> d.family()
            .ifPresent(family -> check.check(d.genogram(), d.people(), family, findings)));
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
        return List.copyOf(RuleSettings.DEFAULTS.run(rules, Drawn.of(genogram, Optional.empty())));
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
        return List.copyOf(RuleSettings.DEFAULTS.run(rules, Drawn.of(genogram, Optional.of(family))));
    }

    private static void membersDrawn(Genogram genogram, Map<PersonId, Relative> people, Family family,
                                     List<Finding> findings) {
        for (FamilyMember member : family.members()) {
            if (!people.containsKey(member.person().id())) {
                findings.add(Finding.about(GenogramCodes.MEMBER_NOT_DRAWN, "/people", member.person().id(),
                    member.person().id()));
            }
        }
    }

    private static void sameAsMember(Genogram genogram, Map<PersonId, Relative> people, Family family,
                                     List<Finding> findings) {
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
        return List.copyOf(RuleSettings.DEFAULTS.run(sociogramRules, sociogram));
    }

    private List<Finding> isolation(Sociogram sociogram) {
        NetworkMeasures measures = sociogram.measures(policy);
        if (measures.isolated()) {
            return List.of(Finding.of(GenogramCodes.ISOLATION, "/ties", measures.informalSupport(),
                policy.minInformalSupport()));
        }
        return List.of();
    }

    private static void references(Genogram genogram, Map<PersonId, Relative> people, List<Finding> findings) {
        Optional<PersonId> index = genogram.index();
        if (index.isEmpty()) {
            findings.add(Finding.of(GenogramCodes.NO_INDEX_PERSON, "/index"));
        } else if (!people.containsKey(index.get())) {
            findings.add(Finding.about(GenogramCodes.UNKNOWN_PERSON, "/index", index.get(), index.get()));
        }
        for (int i = 0; i < genogram.couples().size(); i++) {
            Couple couple = genogram.couples().get(i);
            known(people, couple.first(), "couples", i, "first", findings);
            known(people, couple.second(), "couples", i, "second", findings);
        }
        for (int i = 0; i < genogram.parentLinks().size(); i++) {
            ParentLink link = genogram.parentLinks().get(i);
            known(people, link.parent(), "parentLinks", i, "parent", findings);
            known(people, link.child(), "parentLinks", i, "child", findings);
        }
        for (int i = 0; i < genogram.twins().size(); i++) {
            Twins twins = genogram.twins().get(i);
            known(people, twins.first(), "twins", i, "first", findings);
            known(people, twins.second(), "twins", i, "second", findings);
        }
        for (int i = 0; i < genogram.ties().size(); i++) {
            EmotionalTie tie = genogram.ties().get(i);
            known(people, tie.from(), "ties", i, "from", findings);
            known(people, tie.to(), "ties", i, "to", findings);
        }
    }

    /** An unknown person at {@code /list/index/field}: the pointer made only for a finding. */
    private static void known(Map<PersonId, Relative> people, PersonId id, String list, int index, String field,
                              List<Finding> findings) {
        if (!people.containsKey(id)) {
            findings.add(Finding.about(GenogramCodes.UNKNOWN_PERSON, Pointer.of(list, index, field), id, id));
        }
    }

    private static void years(Genogram genogram, Map<PersonId, Relative> people, List<Finding> findings) {
        for (int i = 0; i < genogram.people().size(); i++) {
            Relative person = genogram.people().get(i);
            if (person.birthYear().isPresent() && person.deathYear().isPresent()
                && person.deathYear().get() < person.birthYear().get()) {
                findings.add(Finding.about(GenogramCodes.DEATH_BEFORE_BIRTH, Pointer.of("people", i, "deathYear"),
                    person.id(), person.id()));
            }
        }
    }

    private static void ancestry(Genogram genogram, Map<PersonId, Relative> people, List<Finding> findings) {
        Lineage lineage = new Lineage(genogram);
        BitSet cyclic = lineage.cyclic();
        for (int i = cyclic.nextSetBit(0); i >= 0; i = cyclic.nextSetBit(i + 1)) {
            PersonId id = genogram.people().get(i).id();
            findings.add(Finding.about(GenogramCodes.OWN_ANCESTOR, Pointer.of("people", i), id, id));
        }
    }

    private static void biologicalParents(Genogram genogram, Map<PersonId, Relative> people,
                                          List<Finding> findings) {
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
