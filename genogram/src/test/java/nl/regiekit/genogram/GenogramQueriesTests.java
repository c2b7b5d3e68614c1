package nl.regiekit.genogram;

import static nl.regiekit.genogram.SampleGenograms.AHMED;
import static nl.regiekit.genogram.SampleGenograms.DAAN;
import static nl.regiekit.genogram.SampleGenograms.EVA;
import static nl.regiekit.genogram.SampleGenograms.FATIMA;
import static nl.regiekit.genogram.SampleGenograms.HENK;
import static nl.regiekit.genogram.SampleGenograms.JOYCE;
import static nl.regiekit.genogram.SampleGenograms.KEES;
import static nl.regiekit.genogram.SampleGenograms.LINA;
import static nl.regiekit.genogram.SampleGenograms.MARK;
import static nl.regiekit.genogram.SampleGenograms.NOOR;
import static nl.regiekit.genogram.SampleGenograms.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.PersonId;

class GenogramQueriesTests {

    private final GenogramQueries queries = new GenogramQueries(SampleGenograms.threeGenerations());

    @Test
    void givesEachPersonAGenerationWithPartnersMarriedInOnTheirPartnersRow() {
        assertThat(queries.generations())
            .containsEntry(HENK, 0).containsEntry(AHMED, 0)
            .containsEntry(MARK, 1).containsEntry(JOYCE, 1).containsEntry(KEES, 1).containsEntry(EVA, 1)
            .containsEntry(NOOR, 2).containsEntry(LINA, 2);
    }

    @Test
    void liftsAGrandparentWithoutPartnerToJustAboveTheChild() {
        PersonId grandma = PersonId.of("gm");
        PersonId mum = PersonId.of("mum");
        PersonId kid = PersonId.of("kid");
        PersonId dad = PersonId.of("dad");
        PersonId granddad = PersonId.of("gd");
        Genogram g = Genogram.empty()
            .with(person(grandma, "G", "X", Gender.FEMALE, 1950)).with(person(mum, "M", "X", Gender.FEMALE, 1975))
            .with(person(kid, "K", "X", Gender.MALE, 2000)).with(person(dad, "D", "X", Gender.MALE, 1974))
            .with(person(granddad, "H", "X", Gender.MALE, 1920))
            .withChild(mum, ParentKind.BIOLOGICAL, grandma).withChild(kid, ParentKind.BIOLOGICAL, mum, dad)
            .withChild(dad, ParentKind.BIOLOGICAL, granddad).withChild(granddad, ParentKind.BIOLOGICAL, PersonId.of("x"));

        assertThat(new GenogramQueries(g).generations())
            .containsEntry(grandma, 0).containsEntry(granddad, 0).containsEntry(mum, 1).containsEntry(kid, 2);
    }

    @Test
    void findsAddictionRepeatedOverThreeGenerationsOnOneLine() {
        assertThat(queries.repeatedPatterns()).containsExactly(
            new RepeatedPattern(ConditionLabel.ADDICTION, List.of(HENK, MARK, DAAN), 3));
    }

    @Test
    void doesNotCallALabelRepeatedWithinOneGenerationOrAcrossLines() {
        Genogram g = SampleGenograms.threeGenerations()
            .with(person(PersonId.of("sibling"), "S", "X", Gender.MALE, 1983).labelled(ConditionLabel.DEBT))
            .with(person(PersonId.of("cousin"), "C", "X", Gender.MALE, 2012).labelled(ConditionLabel.DEBT))
            .withChild(PersonId.of("cousin"), ParentKind.BIOLOGICAL, JOYCE);
        assertThat(new GenogramQueries(g).repeatedPatterns()).extracting(RepeatedPattern::label)
            .containsExactly(ConditionLabel.ADDICTION);
    }

    @Test
    void followsFosterLinksButNotStepLinks() {
        PersonId step = PersonId.of("step");
        PersonId foster = PersonId.of("foster");
        PersonId child = PersonId.of("child");
        Genogram g = Genogram.empty()
            .with(person(step, "S", "X", Gender.MALE, 1960).labelled(ConditionLabel.VIOLENCE))
            .with(person(foster, "F", "X", Gender.FEMALE, 1960).labelled(ConditionLabel.DEBT))
            .with(person(child, "C", "X", Gender.MALE, 1990).labelled(ConditionLabel.VIOLENCE, ConditionLabel.DEBT))
            .withChild(child, ParentKind.STEP, step).withChild(child, ParentKind.FOSTER, foster);
        assertThat(new GenogramQueries(g).repeatedPatterns()).extracting(RepeatedPattern::label)
            .containsExactly(ConditionLabel.DEBT);
    }

    @Test
    void findsSupportPillarsAndCutOffsAroundTheIndexPerson() {
        assertThat(queries.supportPillars()).containsExactly(FATIMA, JOYCE);
        assertThat(queries.cutOffs()).containsExactly(MARK);
    }

    @Test
    void aDeceasedPersonOrOneWithANegativeTieIsNoPillar() {
        Genogram g = SampleGenograms.threeGenerations()
            .with(EmotionalTie.of(NOOR, HENK, EmotionalKind.CLOSE))
            .with(EmotionalTie.of(JOYCE, NOOR, EmotionalKind.EMOTIONAL_ABUSE));
        assertThat(new GenogramQueries(g).supportPillars()).containsExactly(FATIMA);
    }

    @Test
    void withoutAnIndexPersonThereAreNoPillars() {
        Genogram g = new Genogram(SampleGenograms.threeGenerations().people(), List.of(), List.of(), List.of(),
            SampleGenograms.threeGenerations().ties(), java.util.Optional.empty());
        assertThat(new GenogramQueries(g).supportPillars()).isEmpty();
        assertThat(new GenogramQueries(g).cutOffs()).isEmpty();
    }
}
