package nl.regiekit.genogram;

import static nl.regiekit.genogram.SampleGenograms.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.Parenthood;
import nl.regiekit.casemodel.ParenthoodKind;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;

class GenogramRulesTests {

    private static final PersonId A = PersonId.of("a");
    private static final PersonId B = PersonId.of("b");
    private static final PersonId C = PersonId.of("c");
    private static final PersonId D = PersonId.of("d");

    private final GenogramRules rules = GenogramRules.defaults();

    private static Genogram three() {
        return Genogram.empty()
            .with(person(A, "A", "X", Gender.MALE, 1950))
            .with(person(B, "B", "X", Gender.FEMALE, 1952))
            .with(person(C, "C", "X", Gender.FEMALE, 1980))
            .withIndex(C);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void sampleFamiliesHaveNoFindings() {
        assertThat(rules.check(SampleGenograms.threeGenerations())).isEmpty();
        assertThat(rules.check(SampleGenograms.adoptionAndFoster())).isEmpty();
    }

    @Test
    void reportsAPersonWhoIsTheirOwnAncestor() {
        Genogram cycle = three().withChild(C, ParentKind.BIOLOGICAL, A).withChild(A, ParentKind.ADOPTED, C);

        List<Finding> findings = rules.check(cycle);

        assertThat(findings).filteredOn(f -> f.code().equals("GENOGRAM-OWN-ANCESTOR"))
            .extracting(Finding::pointer).containsExactly("/people/0", "/people/2");
        assertThat(findings).extracting(Finding::severity).contains(Severity.ERROR);
    }

    @Test
    void reportsALinkFromAPersonToThemself() {
        assertThat(codes(rules.check(three().withChild(A, ParentKind.ADOPTED, A))))
            .containsExactly("GENOGRAM-OWN-ANCESTOR");
    }

    @Test
    void reportsMoreThanTwoBiologicalParentsButNotAFosterThird() {
        Genogram base = three().with(person(D, "D", "X", Gender.MALE, 1951));
        assertThat(codes(rules.check(base.withChild(C, ParentKind.BIOLOGICAL, A, B, D))))
            .containsExactly("GENOGRAM-TOO-MANY-BIOLOGICAL-PARENTS");
        assertThat(rules.check(base.withChild(C, ParentKind.BIOLOGICAL, A, B).withChild(C, ParentKind.FOSTER, D)))
            .isEmpty();
    }

    @Test
    void reportsAParentYoungerThanThePolicyAllowsWithNumbersOnly() {
        Genogram young = three().with(person(D, "D", "X", Gender.MALE, 1969)).withChild(C, ParentKind.BIOLOGICAL, D);

        List<Finding> findings = rules.check(young);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("GENOGRAM-PARENT-TOO-YOUNG");
            assertThat(f.pointer()).isEqualTo("/parentLinks/0");
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("Parent d was 11 at the birth of child c; the policy names 13 as the "
                + "youngest plausible age.");
        });
        assertThat(new GenogramRules(new GenogramPolicy(10, 3)).check(young)).isEmpty();
    }

    @Test
    void adoptiveParentsAreNotCheckedForAge() {
        Genogram young = three().with(person(D, "D", "X", Gender.MALE, 1975)).withChild(C, ParentKind.ADOPTED, D);
        assertThat(rules.check(young)).isEmpty();
    }

    @Test
    void reportsDeathBeforeBirth() {
        Genogram dead = Genogram.empty().with(person(A, "A", "X", Gender.MALE, 1950).diedIn(1940)).withIndex(A);
        assertThat(rules.check(dead)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("GENOGRAM-DEATH-BEFORE-BIRTH");
            assertThat(f.pointer()).isEqualTo("/people/0/deathYear");
        });
    }

    @Test
    void reportsEveryLinkToAnUnknownPerson() {
        PersonId ghost = PersonId.of("ghost");
        Genogram dangling = three()
            .with(Couple.of(A, ghost, CoupleStatus.MARRIED, 1975))
            .withChild(ghost, ParentKind.BIOLOGICAL, B)
            .with(new Twins(C, ghost, false))
            .with(EmotionalTie.of(ghost, C, EmotionalKind.CONFLICT));

        assertThat(rules.check(dangling)).extracting(Finding::pointer)
            .containsExactly("/couples/0/second", "/parentLinks/0/child", "/twins/0/second", "/ties/0/from");
        assertThat(rules.check(dangling)).allSatisfy(f -> assertThat(f.subject()).contains(ghost));
    }

    @Test
    void reportsAMissingOrUnknownIndexPerson() {
        Genogram none = Genogram.empty().with(person(A, "A", "X", Gender.MALE, 1950));
        assertThat(codes(rules.check(none))).containsExactly("GENOGRAM-NO-INDEX-PERSON");
        assertThat(rules.check(none.withIndex(B))).singleElement()
            .satisfies(f -> assertThat(f.pointer()).isEqualTo("/index"))
            .satisfies(f -> assertThat(f.code()).isEqualTo("GENOGRAM-UNKNOWN-PERSON"));
    }

    @Test
    void findingsNeverQuoteNames() {
        Genogram named = Genogram.empty().with(person(A, "Geheimenaam", "Verborgen", Gender.MALE, 1950).diedIn(1940));
        assertThat(rules.check(named)).allSatisfy(f -> assertThat(f.message(Locale.forLanguageTag("nl")) + f.message(Locale.ENGLISH))
            .doesNotContain("Geheimenaam").doesNotContain("Verborgen").doesNotContain("1950"));
    }

    @Test
    void signalsIsolationBelowThePolicyThreshold() {
        Sociogram network = SampleGenograms.sociogram();

        assertThat(network.measures(GenogramPolicy.DEFAULTS)).satisfies(m -> {
            assertThat(m.size()).isEqualTo(8);
            assertThat(m.professionals()).isEqualTo(3);
            assertThat(m.professionalShare()).isEqualTo(3 / 8.0);
            assertThat(m.informalSupport()).isEqualTo(2);
            assertThat(m.isolated()).isTrue();
        });
        assertThat(rules.check(network)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("GENOGRAM-SOCIOGRAM-ISOLATION");
            assertThat(f.message(Locale.ENGLISH)).startsWith("The network has 2 informal sources of support; the policy asks for at "
                + "least 3");
        });
        assertThat(new GenogramRules(new GenogramPolicy(13, 2)).check(network)).isEmpty();
    }

    @Test
    void anEmptyNetworkHasNoProfessionalShare() {
        Sociogram empty = new Sociogram("X", java.util.Optional.empty(), List.of());
        assertThat(empty.measures(GenogramPolicy.DEFAULTS).professionalShare()).isZero();
        assertThat(empty.measures(GenogramPolicy.DEFAULTS).isolated()).isTrue();
    }

    @Test
    void comparesTheGenogramWithTheCasesFamily() {
        nl.regiekit.casemodel.Family family = new nl.regiekit.casemodel.Family(List.of(
            member(A, Gender.MALE, 1950), member(C, Gender.MALE, 1981), member(D, Gender.FEMALE, 1990)), List.of());

        List<Finding> findings = rules.check(three(), family);

        assertThat(findings).extracting(Finding::code, Finding::pointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple("GENOGRAM-MEMBER-NOT-DRAWN", "/people"),
            org.assertj.core.groups.Tuple.tuple("GENOGRAM-MEMBER-MISMATCH", "/people/2/gender"),
            org.assertj.core.groups.Tuple.tuple("GENOGRAM-MEMBER-MISMATCH", "/people/2/birthYear"));
        assertThat(findings.get(0).subject()).contains(PersonId.of("d"));
        assertThat(findings.get(1).message(Locale.ENGLISH)).isEqualTo(
            "For person c, GENDER differs between the genogram and the family member of the case.");
    }

    @Test
    void drawsTheFamilysParenthoodWithItsKindAndALegalParentWhoIsNothingElseAsLegal() {
        // A and B are C's parents: A her biological father, B her co-mother, a legal parent only.
        nl.regiekit.casemodel.Family family = new nl.regiekit.casemodel.Family(List.of(
            member(A, Gender.MALE, 1950), member(B, Gender.FEMALE, 1952), member(C, Gender.FEMALE, 1980)), List.of(),
            List.of(), List.of(), List.of(Parenthood.notLegal(A, C, ParenthoodKind.BIOLOGICAL),
                Parenthood.legalOnly(B, C)));

        assertThat(rules.check(three().withChild(C, ParentKind.BIOLOGICAL, A).withChild(C, ParentKind.LEGAL, B),
            family)).isEmpty();

        List<Finding> findings = rules.check(three().withChild(C, ParentKind.BIOLOGICAL, A, B), family);
        assertThat(findings).extracting(Finding::code, Finding::pointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple("GENOGRAM-PARENTHOOD-MISMATCH", "/parentLinks/1/kind"));
        assertThat(findings.get(0).message(Locale.ENGLISH)).isEqualTo(
            "The case records b as a parent of child c of kind LEGAL; the genogram draws it otherwise or not at all.");
        assertThat(rules.check(three().withChild(C, ParentKind.BIOLOGICAL, A), family))
            .extracting(Finding::code, Finding::pointer, Finding::subject).containsExactly(org.assertj.core.groups.Tuple
                .tuple("GENOGRAM-PARENTHOOD-MISMATCH", "/parentLinks", java.util.Optional.of(C)));
        assertThat(ParentKind.of(Parenthood.notLegal(A, C, ParenthoodKind.ADOPTIVE))).isEqualTo(ParentKind.ADOPTED);
    }

    private static nl.regiekit.casemodel.FamilyMember member(PersonId id, Gender gender, int born) {
        return new nl.regiekit.casemodel.FamilyMember(new nl.regiekit.casemodel.Person(id,
            nl.regiekit.casemodel.PersonName.of("X", "Y"), java.util.Optional.of(java.time.LocalDate.of(born, 5, 1)),
            gender, java.util.Optional.empty()), nl.regiekit.casemodel.Role.PARENT);
    }
}
