package nl.regiekit.genogram;

import static nl.regiekit.genogram.SampleGenograms.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.genogram.render.GenogramSvg;

/**
 * A case manager draws a family's genogram over three home visits, the way method §9 describes
 * it: first the household, then the generations before it, then the relationships; the checks
 * catch a mistake on the way, and the queries answer what the team asks at the care conference.
 */
class GenogramScenarioTests {

    private static final PersonId MOTHER = PersonId.of("mother");
    private static final PersonId FATHER = PersonId.of("father");
    private static final PersonId PARTNER = PersonId.of("partner");
    private static final PersonId GIRL = PersonId.of("girl");
    private static final PersonId BOY = PersonId.of("boy");
    private static final PersonId BABY = PersonId.of("baby");
    private static final PersonId GRANDFATHER = PersonId.of("grandfather");
    private static final PersonId GRANDMOTHER = PersonId.of("grandmother");

    private final GenogramRules rules = GenogramRules.defaults();

    @Test
    void aGenogramDrawnOverThreeVisits() {
        // Visit 1: the household as the mother tells it. No index person yet.
        Genogram genogram = Genogram.empty()
            .with(person(MOTHER, "Linda", "Mulder", Gender.FEMALE, 1988).labelled(ConditionLabel.DEBT))
            .with(person(PARTNER, "Sven", "Kramer", Gender.MALE, 1986))
            .with(person(GIRL, "Isa", "de Boer", Gender.FEMALE, 2011))
            .with(person(BOY, "Jens", "de Boer", Gender.MALE, 2014))
            .with(person(BABY, "Mats", "Kramer", Gender.MALE, 2022))
            .with(Couple.of(MOTHER, PARTNER, CoupleStatus.COHABITING, 2020))
            .withChild(BABY, ParentKind.BIOLOGICAL, MOTHER, PARTNER)
            .withChild(GIRL, ParentKind.BIOLOGICAL, MOTHER)
            .withChild(BOY, ParentKind.BIOLOGICAL, MOTHER);
        assertThat(codes(rules.check(genogram))).containsExactly("GENOGRAM-NO-INDEX-PERSON");

        // The referral is about Isa: she becomes the index person.
        genogram = genogram.withIndex(GIRL);
        assertThat(rules.check(genogram)).isEmpty();

        // Visit 2: the children's father and the mother's parents, with a mistyped year of birth.
        genogram = genogram
            .with(person(FATHER, "Rick", "de Boer", Gender.MALE, 1985).labelled(ConditionLabel.ADDICTION))
            .with(person(GRANDFATHER, "Henk", "Mulder", Gender.MALE, 1980).labelled(ConditionLabel.ADDICTION))
            .with(person(GRANDMOTHER, "Joke", "Mulder", Gender.FEMALE, 1962))
            .with(Couple.of(FATHER, MOTHER, CoupleStatus.MARRIED, 2010).ended(CoupleStatus.DIVORCED, 2018))
            .with(Couple.of(GRANDFATHER, GRANDMOTHER, CoupleStatus.MARRIED, 1985))
            .withChild(GIRL, ParentKind.BIOLOGICAL, FATHER)
            .withChild(BOY, ParentKind.BIOLOGICAL, FATHER)
            .withChild(MOTHER, ParentKind.BIOLOGICAL, GRANDFATHER, GRANDMOTHER);
        List<Finding> findings = rules.check(genogram);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("GENOGRAM-PARENT-TOO-YOUNG");
            assertThat(f.subject()).contains(PersonId.of("grandfather"));
        });

        // The grandmother corrects it: Henk was born in 1960, and he died in 2019.
        genogram = genogram.replace(genogram.person(GRANDFATHER).orElseThrow().withBirthYear(1960).diedIn(2019));
        assertThat(rules.check(genogram)).isEmpty();

        // Visit 3: the relationships, as Isa tells them.
        genogram = genogram
            .with(EmotionalTie.of(GIRL, GRANDMOTHER, EmotionalKind.CLOSE))
            .with(EmotionalTie.of(GIRL, FATHER, EmotionalKind.CUT_OFF))
            .with(EmotionalTie.of(GIRL, PARTNER, EmotionalKind.CONFLICT))
            .with(EmotionalTie.of(FATHER, MOTHER, EmotionalKind.HOSTILE));

        // The care conference asks what the genogram shows.
        GenogramQueries queries = new GenogramQueries(genogram);
        assertThat(queries.generations()).containsEntry(GRANDFATHER, 0).containsEntry(MOTHER, 1)
            .containsEntry(FATHER, 1).containsEntry(GIRL, 2).containsEntry(BABY, 2);
        assertThat(queries.supportPillars()).containsExactly(GRANDMOTHER);
        assertThat(queries.cutOffs()).containsExactly(FATHER);
        // Addiction in the grandfather and the father, but on two lines: not passed down.
        assertThat(queries.repeatedPatterns()).isEmpty();

        String svg = new GenogramSvg(Year.of(2026), Locale.forLanguageTag("nl")).render(genogram);
        assertThat(svg).contains(">Isa<").contains(">indexpersoon<").contains(">gescheiden<")
            .contains(">samenwonend<").contains(">contact verbroken<").doesNotContain(">adoptiekind<");
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
